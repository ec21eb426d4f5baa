import type { Locale, Role } from '../../contracts/common.js';

/** Email texts in the three languages; the recipient's language decides. */
const roleNames: Record<Locale, Record<Role, string>> = {
  nl: {
    admin: 'programmabeheerder',
    coach: 'coach',
    mentor: 'mentor',
    mentee: 'mentee',
    funder: 'financier',
  },
  fr: {
    admin: 'administrateur du programme',
    coach: 'coach',
    mentor: 'mentor',
    mentee: 'mentoré·e',
    funder: 'financeur',
  },
  en: {
    admin: 'programme administrator',
    coach: 'coach',
    mentor: 'mentor',
    mentee: 'mentee',
    funder: 'funder',
  },
};

export function invitationEmail(
  locale: Locale,
  input: { role: Role; association: string | null; link: string; expiresAt: Date },
) {
  const role = roleNames[locale][input.role];
  const until = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-BE`, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(input.expiresAt);
  const where = input.association ? ` (${input.association})` : '';
  switch (locale) {
    case 'fr':
      return {
        subject: 'Invitation à Mentor2Work',
        text: `Bonjour,\n\nVous êtes invité·e à rejoindre Mentor2Work en tant que ${role}${where}.\nOuvrez ce lien pour créer votre compte :\n\n${input.link}\n\nLe lien est valable jusqu'au ${until} et ne peut être utilisé qu'une fois.\nSi vous n'attendiez pas cette invitation, ignorez ce message.\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: 'Invitation to Mentor2Work',
        text: `Hello,\n\nYou are invited to join Mentor2Work as ${role}${where}.\nOpen this link to create your account:\n\n${input.link}\n\nThe link works until ${until} and only once.\nIf you did not expect this invitation, you can ignore this message.\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: 'Uitnodiging voor Mentor2Work',
        text: `Hallo,\n\nJe bent uitgenodigd om als ${role}${where} mee te werken aan Mentor2Work.\nOpen deze link om je account aan te maken:\n\n${input.link}\n\nDe link werkt tot ${until} en maar één keer.\nVerwachtte je deze uitnodiging niet? Dan mag je dit bericht negeren.\n\nHet Mentor2Work-team`,
      };
  }
}

export function passwordResetEmail(locale: Locale, input: { link: string }) {
  switch (locale) {
    case 'fr':
      return {
        subject: 'Nouveau mot de passe pour Mentor2Work',
        text: `Bonjour,\n\nVous avez demandé un nouveau mot de passe. Ouvrez ce lien dans l'heure :\n\n${input.link}\n\nLe lien ne fonctionne qu'une fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: 'New password for Mentor2Work',
        text: `Hello,\n\nYou asked for a new password. Open this link within the hour:\n\n${input.link}\n\nThe link works only once. If you did not ask for this, ignore this message: your password stays the same.\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: 'Nieuw wachtwoord voor Mentor2Work',
        text: `Hallo,\n\nJe vroeg een nieuw wachtwoord aan. Open deze link binnen het uur:\n\n${input.link}\n\nDe link werkt maar één keer. Vroeg je niets aan? Negeer dit bericht dan: je wachtwoord blijft hetzelfde.\n\nHet Mentor2Work-team`,
      };
  }
}
