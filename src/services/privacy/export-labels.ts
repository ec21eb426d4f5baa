import type { ApplicationStage } from '../../contracts/career-vocabulary.js';
import type { Locale, Role } from '../../contracts/common.js';
import type { MeetingStatus, PartnershipStatus } from '../../contracts/partnership-vocabulary.js';
import type { RegistrationStatus } from '../../contracts/training-vocabulary.js';
import { caseloadExportWords } from '../caseload/caseload-export-words.js';

/**
 * The words of the readable export (PDF) in the three languages: section titles, field names and the
 * labels of the programme's words, so the document shows words, never codes. The same labels as the
 * web app's (src/web/locales), kept here because the server renders the PDF.
 */
export interface ExportLabels {
  personStatuses: Readonly<Record<string, string>>;
  title: string;
  made: string;
  intro: string;
  jsonNote: string;
  none: string;
  yes: string;
  no: string;
  sections: {
    profile: string;
    account: string;
    sessions: string;
    passkeys: string;
    consents: string;
    privacyVersions: string;
    applications: string;
    partnerships: string;
    meetings: string;
    training: string;
    career: string;
    jobApplications: string;
    emails: string;
    audit: string;
  };
  fields: {
    name: string;
    email: string;
    phone: string;
    language: string;
    postcode: string;
    dateOfBirth: string;
    status: string;
    appliedAt: string;
    languages: string;
    role: string;
    created: string;
    lastUsed: string;
    browser: string;
    kind: string;
    version: string;
    given: string;
    withdrawn: string;
    accepted: string;
    submitted: string;
    asRole: string;
    started: string;
    ended: string;
    date: string;
    sharedNotes: string;
    myNote: string;
    module: string;
    employer: string;
    position: string;
    stage: string;
    cvVersions: string;
    subject: string;
    when: string;
    action: string;
    by: string;
    self: string;
    outcomeFailure: string;
  };
  roles: Record<Role, string>;
  partnershipStatuses: Record<PartnershipStatus, string>;
  meetingStatuses: Record<MeetingStatus, string>;
  registrationStatuses: Record<RegistrationStatus, string>;
  stages: Record<ApplicationStage, string>;
  consentKinds: Record<string, string>;
  /** What an audit event means, by its first part (person, auth, cv, ...). */
  auditAreas: Record<string, string>;
  /** What was done, by kind (see `auditVerbOf` in export-html.ts). */
  auditVerbs: Record<AuditVerb, string>;
  otherAction: string;
}

export type AuditVerb = 'read' | 'added' | 'changed' | 'removed' | 'exported' | 'signedIn';

const nl: Omit<ExportLabels, 'personStatuses'> = {
  title: 'Je gegevens bij Mentor2Work',
  made: 'Gemaakt op {date}',
  intro:
    'Dit document toont alles wat Mentor2Work over jou bewaart: je gegevens, je toestemmingen, je aanmelding, je trajecten en ontmoetingen met je eigen notities, je cv en sollicitaties, je vorming, de e-mails die we je stuurden en wie je dossier bekeek of wijzigde. De privénotities van de andere kant staan er niet in.',
  jsonNote:
    'Dezelfde gegevens, volledig en in een formaat dat andere programma’s kunnen lezen, download je als JSON op je accountpagina.',
  none: 'Geen',
  yes: 'ja',
  no: 'nee',
  sections: {
    profile: 'Je gegevens',
    account: 'Je account',
    sessions: 'Waar je aangemeld bent',
    passkeys: 'Toegangssleutels',
    consents: 'Toestemmingen',
    privacyVersions: 'Privacyverklaringen die je aanvaardde',
    applications: 'Aanmeldingen',
    partnerships: 'Trajecten',
    meetings: 'Ontmoetingen',
    training: 'Vorming',
    career: 'Cv',
    jobApplications: 'Sollicitaties',
    emails: 'E-mails',
    audit: 'Wie je dossier bekeek of wijzigde',
  },
  fields: {
    name: 'Naam',
    email: 'E-mailadres',
    phone: 'Telefoon',
    language: 'Taal',
    postcode: 'Postcode',
    dateOfBirth: 'Geboortedatum',
    status: 'Status',
    appliedAt: 'Aangemeld op',
    languages: 'Talen',
    role: 'Rol',
    created: 'Sinds',
    lastUsed: 'Laatst gebruikt',
    browser: 'Toestel',
    kind: 'Soort',
    version: 'Versie',
    given: 'Gegeven',
    withdrawn: 'Ingetrokken',
    accepted: 'Aanvaard',
    submitted: 'Verstuurd',
    asRole: 'Als',
    started: 'Begonnen',
    ended: 'Geëindigd',
    date: 'Datum',
    sharedNotes: 'Gedeelde notities',
    myNote: 'Mijn notitie',
    module: 'Module',
    employer: 'Werkgever',
    position: 'Functie',
    stage: 'Stap',
    cvVersions: 'Versies van je cv',
    subject: 'Onderwerp',
    when: 'Wanneer',
    action: 'Wat',
    by: 'Door',
    self: 'jijzelf',
    outcomeFailure: 'mislukt of geweigerd',
  },
  roles: {
    admin: 'programmabeheerder',
    coach: 'coach',
    mentor: 'mentor',
    mentee: 'mentee',
    funder: 'financier',
  },
  partnershipStatuses: {
    proposed: 'Voorgesteld',
    introduced: 'Kennismaking gedaan',
    active: 'Actief',
    closing: 'Evaluatie gepland',
    completed: 'Afgerond',
    ended_early: 'Vroeger gestopt',
    declined: 'Geen vervolg',
  },
  meetingStatuses: {
    planned: 'Gepland',
    held: 'Gehouden',
    not_held: 'Niet doorgegaan',
    cancelled: 'Geannuleerd',
  },
  registrationStatuses: {
    registered: 'Ingeschreven',
    waitlisted: 'Op de wachtlijst',
    cancelled: 'Uitgeschreven',
    attended: 'Aanwezig',
    absent: 'Afwezig',
  },
  stages: {
    applied: 'Gesolliciteerd',
    interview: 'Gesprek',
    offer: 'Aanbod',
    hired: 'Aangenomen',
    rejected: 'Afgewezen',
  },
  consentKinds: {
    privacy: 'Privacyverklaring',
    migrant_background: 'Gegevens over migratieachtergrond',
    esf_special_categories: 'Bijzondere ESF+-gegevens',
  },
  auditAreas: {
    person: 'Je dossier',
    participant_facts: 'Je ESF+-gegevens',
    auth: 'Aanmelden en beveiliging',
    consent: 'Een toestemming',
    privacy: 'De privacyverklaring',
    application: 'Je aanmelding',
    partnership: 'Je traject',
    meeting: 'Een ontmoeting',
    cv: 'Je cv',
    job_application: 'Een sollicitatie',
    discrimination_report: 'Een melding van discriminatie',
    training: 'Je vorming',
    evaluation: 'Een evaluatie',
    user: 'Je account',
    calendar: 'Je agenda',
  },
  auditVerbs: {
    read: 'bekeken',
    added: 'toegevoegd',
    changed: 'gewijzigd',
    removed: 'verwijderd of ingetrokken',
    exported: 'gedownload',
    signedIn: 'ingelogd',
  },
  otherAction: 'Andere handeling',
};

const fr: Omit<ExportLabels, 'personStatuses'> = {
  title: 'Vos données chez Mentor2Work',
  made: 'Établi le {date}',
  intro:
    'Ce document montre tout ce que Mentor2Work conserve à votre sujet : vos données, vos consentements, votre inscription, vos parcours et rencontres avec vos propres notes, votre CV et vos candidatures, vos formations, les e-mails que nous vous avons envoyés et qui a consulté ou modifié votre dossier. Les notes privées de l’autre partie n’y figurent pas.',
  jsonNote:
    'Les mêmes données, complètes et dans un format que d’autres programmes peuvent lire, se téléchargent en JSON sur la page de votre compte.',
  none: 'Aucun',
  yes: 'oui',
  no: 'non',
  sections: {
    profile: 'Vos données',
    account: 'Votre compte',
    sessions: 'Où vous êtes connecté·e',
    passkeys: 'Clés d’accès',
    consents: 'Consentements',
    privacyVersions: 'Déclarations de confidentialité acceptées',
    applications: 'Inscriptions',
    partnerships: 'Parcours',
    meetings: 'Rencontres',
    training: 'Formation',
    career: 'CV',
    jobApplications: 'Candidatures',
    emails: 'E-mails',
    audit: 'Qui a consulté ou modifié votre dossier',
  },
  fields: {
    name: 'Nom',
    email: 'Adresse e-mail',
    phone: 'Téléphone',
    language: 'Langue',
    postcode: 'Code postal',
    dateOfBirth: 'Date de naissance',
    status: 'Statut',
    appliedAt: 'Inscrit·e le',
    languages: 'Langues',
    role: 'Rôle',
    created: 'Depuis',
    lastUsed: 'Dernière utilisation',
    browser: 'Appareil',
    kind: 'Type',
    version: 'Version',
    given: 'Donné',
    withdrawn: 'Retiré',
    accepted: 'Acceptée',
    submitted: 'Envoyée',
    asRole: 'En tant que',
    started: 'Commencé',
    ended: 'Terminé',
    date: 'Date',
    sharedNotes: 'Notes partagées',
    myNote: 'Ma note',
    module: 'Module',
    employer: 'Employeur',
    position: 'Fonction',
    stage: 'Étape',
    cvVersions: 'Versions de votre CV',
    subject: 'Objet',
    when: 'Quand',
    action: 'Quoi',
    by: 'Par',
    self: 'vous-même',
    outcomeFailure: 'échoué ou refusé',
  },
  roles: {
    admin: 'administrateur du programme',
    coach: 'coach',
    mentor: 'mentor',
    mentee: 'mentoré·e',
    funder: 'financeur',
  },
  partnershipStatuses: {
    proposed: 'Proposé',
    introduced: 'Présentation faite',
    active: 'Actif',
    closing: 'Évaluation prévue',
    completed: 'Terminé',
    ended_early: 'Arrêté plus tôt',
    declined: 'Pas de suite',
  },
  meetingStatuses: { planned: 'Prévue', held: 'Tenue', not_held: 'Pas eu lieu', cancelled: 'Annulée' },
  registrationStatuses: {
    registered: 'Inscrit·e',
    waitlisted: 'En liste d’attente',
    cancelled: 'Désinscrit·e',
    attended: 'Présent·e',
    absent: 'Absent·e',
  },
  stages: {
    applied: 'Candidature envoyée',
    interview: 'Entretien',
    offer: 'Offre',
    hired: 'Engagé·e',
    rejected: 'Refusée',
  },
  consentKinds: {
    privacy: 'Déclaration de confidentialité',
    migrant_background: 'Données sur le parcours migratoire',
    esf_special_categories: 'Données FSE+ particulières',
  },
  auditAreas: {
    person: 'Votre dossier',
    participant_facts: 'Vos données FSE+',
    auth: 'Connexion et sécurité',
    consent: 'Un consentement',
    privacy: 'La déclaration de confidentialité',
    application: 'Votre inscription',
    partnership: 'Votre parcours',
    meeting: 'Une rencontre',
    cv: 'Votre CV',
    job_application: 'Une candidature',
    discrimination_report: 'Un signalement de discrimination',
    training: 'Votre formation',
    evaluation: 'Une évaluation',
    user: 'Votre compte',
    calendar: 'Votre agenda',
  },
  auditVerbs: {
    read: 'consulté',
    added: 'ajouté',
    changed: 'modifié',
    removed: 'supprimé ou retiré',
    exported: 'téléchargé',
    signedIn: 'connexion',
  },
  otherAction: 'Autre action',
};

const en: Omit<ExportLabels, 'personStatuses'> = {
  title: 'Your data at Mentor2Work',
  made: 'Made on {date}',
  intro:
    'This document shows everything Mentor2Work holds about you: your details, your consents, your application, your partnerships and meetings with your own notes, your CV and job applications, your training, the emails we sent you and who read or changed your record. The other side’s private notes are not in it.',
  jsonNote:
    'The same data, complete and in a format other programs can read, can be downloaded as JSON on your account page.',
  none: 'None',
  yes: 'yes',
  no: 'no',
  sections: {
    profile: 'Your details',
    account: 'Your account',
    sessions: 'Where you are signed in',
    passkeys: 'Passkeys',
    consents: 'Consents',
    privacyVersions: 'Privacy statements you accepted',
    applications: 'Applications',
    partnerships: 'Partnerships',
    meetings: 'Meetings',
    training: 'Training',
    career: 'CV',
    jobApplications: 'Job applications',
    emails: 'Emails',
    audit: 'Who read or changed your record',
  },
  fields: {
    name: 'Name',
    email: 'Email address',
    phone: 'Phone',
    language: 'Language',
    postcode: 'Postcode',
    dateOfBirth: 'Date of birth',
    status: 'Status',
    appliedAt: 'Applied on',
    languages: 'Languages',
    role: 'Role',
    created: 'Since',
    lastUsed: 'Last used',
    browser: 'Device',
    kind: 'Kind',
    version: 'Version',
    given: 'Given',
    withdrawn: 'Withdrawn',
    accepted: 'Accepted',
    submitted: 'Sent',
    asRole: 'As',
    started: 'Started',
    ended: 'Ended',
    date: 'Date',
    sharedNotes: 'Shared notes',
    myNote: 'My note',
    module: 'Module',
    employer: 'Employer',
    position: 'Position',
    stage: 'Stage',
    cvVersions: 'Versions of your CV',
    subject: 'Subject',
    when: 'When',
    action: 'What',
    by: 'By',
    self: 'you',
    outcomeFailure: 'failed or refused',
  },
  roles: {
    admin: 'programme administrator',
    coach: 'coach',
    mentor: 'mentor',
    mentee: 'mentee',
    funder: 'funder',
  },
  partnershipStatuses: {
    proposed: 'Proposed',
    introduced: 'Introduced',
    active: 'Active',
    closing: 'Evaluation planned',
    completed: 'Completed',
    ended_early: 'Ended early',
    declined: 'Not continued',
  },
  meetingStatuses: {
    planned: 'Planned',
    held: 'Held',
    not_held: 'Did not take place',
    cancelled: 'Cancelled',
  },
  registrationStatuses: {
    registered: 'Registered',
    waitlisted: 'On the waiting list',
    cancelled: 'Unregistered',
    attended: 'Attended',
    absent: 'Absent',
  },
  stages: {
    applied: 'Applied',
    interview: 'Interview',
    offer: 'Offer',
    hired: 'Hired',
    rejected: 'Rejected',
  },
  consentKinds: {
    privacy: 'Privacy statement',
    migrant_background: 'Migrant-background details',
    esf_special_categories: 'Special ESF+ details',
  },
  auditAreas: {
    person: 'Your record',
    participant_facts: 'Your ESF+ details',
    auth: 'Signing in and security',
    consent: 'A consent',
    privacy: 'The privacy statement',
    application: 'Your application',
    partnership: 'Your partnership',
    meeting: 'A meeting',
    cv: 'Your CV',
    job_application: 'A job application',
    discrimination_report: 'A discrimination report',
    training: 'Your training',
    evaluation: 'An evaluation',
    user: 'Your account',
    calendar: 'Your calendar',
  },
  auditVerbs: {
    read: 'read',
    added: 'added',
    changed: 'changed',
    removed: 'removed or withdrawn',
    exported: 'downloaded',
    signedIn: 'signed in',
  },
  otherAction: 'Other action',
};

const byLocale: Record<Locale, Omit<ExportLabels, 'personStatuses'>> = { nl, fr, en };

/** The export's words; a person's status reads as in the caseload export (one list of those words). */
export function exportLabels(locale: Locale): ExportLabels {
  return { ...byLocale[locale], personStatuses: caseloadExportWords(locale).statuses };
}
