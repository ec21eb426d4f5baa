type Texts = { nl: string; fr: string; en: string };

/** The self-study pages of "From talents to a CV": short, practical, with the public services' links. */
export const talentsCvPages: ReadonlyArray<{ title: Texts; body: Texts }> = [
  {
    title: { nl: 'Je talenten in kaart', fr: 'Faire le point sur vos talents', en: 'Mapping your talents' },
    body: {
      nl: '<p>Een werkgever zoekt iemand die een taak aankan. Begin daarom niet bij diploma’s, maar bij wat je <strong>gedaan</strong> hebt.</p><h2>Schrijf op wat je deed</h2><ul><li>Betaald werk, hier of in het land waar je vroeger woonde.</li><li>Werk in een familiebedrijf, vrijwilligerswerk, zorg voor familie.</li><li>Wat je leerde zonder diploma: een taal, een vak, een machine.</li></ul><h2>Maak er vaardigheden van</h2><p>Zet bij elke ervaring twee of drie werkwoorden: <em>plannen, verkopen, herstellen, uitleggen, verzorgen</em>. Dat zijn je talenten. Je mentor helpt je kiezen welke passen bij de job die je zoekt.</p>',
      fr: '<p>Un employeur cherche quelqu’un capable de faire un travail. Ne partez donc pas des diplômes, mais de ce que vous avez <strong>fait</strong>.</p><h2>Notez ce que vous avez fait</h2><ul><li>Le travail payé, ici ou dans le pays où vous viviez.</li><li>Le travail dans une entreprise familiale, le bénévolat, les soins à la famille.</li><li>Ce que vous avez appris sans diplôme : une langue, un métier, une machine.</li></ul><h2>Transformez-le en compétences</h2><p>À côté de chaque expérience, écrivez deux ou trois verbes : <em>planifier, vendre, réparer, expliquer, soigner</em>. Ce sont vos talents. Votre mentor vous aide à choisir ceux qui correspondent au poste visé.</p>',
      en: '<p>An employer looks for someone who can do a job. So do not start from diplomas, but from what you have <strong>done</strong>.</p><h2>Write down what you did</h2><ul><li>Paid work, here or in the country where you used to live.</li><li>Work in a family business, volunteering, caring for family.</li><li>What you learned without a diploma: a language, a trade, a machine.</li></ul><h2>Turn it into skills</h2><p>Next to each experience write two or three verbs: <em>plan, sell, repair, explain, care</em>. Those are your talents. Your mentor helps you choose the ones that fit the job you want.</p>',
    },
  },
  {
    title: {
      nl: 'Een cv dat werkt in België',
      fr: 'Un CV qui fonctionne en Belgique',
      en: 'A CV that works in Belgium',
    },
    body: {
      nl: '<p>Een Belgische werkgever leest een cv in minder dan een minuut. Houd het kort en duidelijk.</p><ol><li><strong>Eén of twee pagina’s</strong>, met je naam, telefoon, e-mail en gemeente bovenaan.</li><li><strong>Ervaring eerst</strong>, de recentste bovenaan, met wat je deed in werkwoorden.</li><li><strong>Talen</strong> met je niveau: bijvoorbeeld Nederlands B1, Frans B2, Arabisch moedertaal.</li><li>Geen foto, geboortedatum of nationaliteit nodig: dat mag je weglaten.</li></ol><blockquote>Tip: maak een apart cv per soort job en laat je mentor elke versie nalezen.</blockquote><p>Voorbeelden en hulp vind je bij <a href="https://www.vdab.be/cv">VDAB</a>, <a href="https://www.actiris.brussels">Actiris</a> en <a href="https://www.leforem.be">Le Forem</a>.</p>',
      fr: '<p>Un employeur belge lit un CV en moins d’une minute. Restez court et clair.</p><ol><li><strong>Une ou deux pages</strong>, avec votre nom, téléphone, e-mail et commune en haut.</li><li><strong>L’expérience d’abord</strong>, la plus récente en haut, avec ce que vous avez fait en verbes.</li><li><strong>Les langues</strong> avec votre niveau : par exemple néerlandais B1, français B2, arabe langue maternelle.</li><li>Pas besoin de photo, de date de naissance ni de nationalité : vous pouvez les omettre.</li></ol><blockquote>Conseil : faites un CV par type d’emploi et faites relire chaque version par votre mentor.</blockquote><p>Exemples et aide chez <a href="https://www.actiris.brussels">Actiris</a>, <a href="https://www.leforem.be">Le Forem</a> et <a href="https://www.vdab.be/cv">VDAB</a>.</p>',
      en: '<p>A Belgian employer reads a CV in less than a minute. Keep it short and clear.</p><ol><li><strong>One or two pages</strong>, with your name, phone, email and town at the top.</li><li><strong>Experience first</strong>, the most recent at the top, with what you did in verbs.</li><li><strong>Languages</strong> with your level: for example Dutch B1, French B2, Arabic native.</li><li>No photo, date of birth or nationality needed: you may leave them out.</li></ol><blockquote>Tip: make one CV per kind of job and ask your mentor to read each version.</blockquote><p>Examples and help at <a href="https://www.vdab.be/cv">VDAB</a>, <a href="https://www.actiris.brussels">Actiris</a> and <a href="https://www.leforem.be">Le Forem</a>.</p>',
    },
  },
  {
    title: {
      nl: 'Je ervaring uit het buitenland laten tellen',
      fr: 'Faire valoir votre expérience de l’étranger',
      en: 'Making your experience from abroad count',
    },
    body: {
      nl: '<p>Ervaring uit het buitenland telt. Zeg duidelijk wat je deed en voor wie.</p><ul><li>Schrijf de naam van het bedrijf en een korte uitleg: <em>“bouwbedrijf met 40 werknemers in Homs”</em>.</li><li>Heb je een diploma van buiten België? Vraag een gelijkwaardigheid aan bij <a href="https://www.naricvlaanderen.be">NARIC-Vlaanderen</a> of in Brussel en Wallonië bij <a href="https://www.equivalences.cfwb.be">Équivalences</a>.</li><li>Geen diploma? Met een <strong>ervaringsbewijs</strong> laat je een vak erkennen dat je in de praktijk leerde.</li></ul><p>Bespreek met je mentor welke ervaring het meest telt voor de sector die je kiest.</p>',
      fr: '<p>L’expérience acquise à l’étranger compte. Dites clairement ce que vous avez fait et pour qui.</p><ul><li>Écrivez le nom de l’entreprise et une courte explication : <em>« entreprise de construction de 40 personnes à Homs »</em>.</li><li>Vous avez un diplôme obtenu hors de Belgique ? Demandez une équivalence auprès du service <a href="https://www.equivalences.cfwb.be">Équivalences</a> ou, en Flandre, de <a href="https://www.naricvlaanderen.be">NARIC-Vlaanderen</a>.</li><li>Pas de diplôme ? La <strong>validation des compétences</strong> fait reconnaître un métier appris sur le terrain.</li></ul><p>Voyez avec votre mentor quelle expérience compte le plus pour le secteur choisi.</p>',
      en: '<p>Experience from abroad counts. Say clearly what you did and for whom.</p><ul><li>Write the company’s name and a short explanation: <em>“building company with 40 staff in Homs”</em>.</li><li>Do you have a diploma from outside Belgium? Ask for recognition at <a href="https://www.naricvlaanderen.be">NARIC-Vlaanderen</a>, or in Brussels and Wallonia at <a href="https://www.equivalences.cfwb.be">Équivalences</a>.</li><li>No diploma? A <strong>certificate of experience</strong> recognises a trade you learned in practice.</li></ul><p>Talk with your mentor about which experience counts most for the sector you choose.</p>',
    },
  },
];
