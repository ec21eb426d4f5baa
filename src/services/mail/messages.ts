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

/** What changed in the way an account signs in; each is told to the account's address. */
export type SignInChange = 'password' | 'two_factor_enabled' | 'passkey_added' | 'passkey_removed';

const changeTexts: Record<Locale, Record<SignInChange, string>> = {
  nl: {
    password: 'Het wachtwoord van je account is gewijzigd.',
    two_factor_enabled: 'Er is een nieuwe authenticator-app ingesteld voor verificatie in twee stappen.',
    passkey_added: 'Er is een toegangssleutel (passkey) toegevoegd aan je account',
    passkey_removed: 'Er is een toegangssleutel (passkey) verwijderd uit je account',
  },
  fr: {
    password: 'Le mot de passe de votre compte a été modifié.',
    two_factor_enabled:
      'Une nouvelle application d’authentification a été configurée pour la vérification en deux étapes.',
    passkey_added: 'Une clé d’accès (passkey) a été ajoutée à votre compte',
    passkey_removed: 'Une clé d’accès (passkey) a été retirée de votre compte',
  },
  en: {
    password: 'The password of your account was changed.',
    two_factor_enabled: 'A new authenticator app was set up for two-step verification.',
    passkey_added: 'A passkey was added to your account',
    passkey_removed: 'A passkey was removed from your account',
  },
};

/**
 * Tells the account's address that a way of signing in changed, so the owner notices a change they
 * did not make. Never contains a link that signs in.
 */
export function signInChangedEmail(
  locale: Locale,
  input: { change: SignInChange; at: Date; name?: string; accountLink: string },
) {
  const when = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-BE`, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(input.at);
  const what = changeTexts[locale][input.change];
  const named = input.name ? `${what}: “${input.name}”.` : what.endsWith('.') ? what : `${what}.`;
  switch (locale) {
    case 'fr':
      return {
        subject: 'Mentor2Work : la connexion à votre compte a changé',
        text: `Bonjour,\n\n${named}\nQuand : ${when}.\n\nC’était vous ? Alors tout est en ordre.\nSinon, changez votre mot de passe et vérifiez vos appareils sur ${input.accountLink}, ou contactez votre coach.\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: 'Mentor2Work: the way you sign in changed',
        text: `Hello,\n\n${named}\nWhen: ${when}.\n\nWas this you? Then all is well.\nIf not, change your password and check your devices at ${input.accountLink}, or contact your coach.\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: 'Mentor2Work: de manier waarop je inlogt is gewijzigd',
        text: `Hallo,\n\n${named}\nWanneer: ${when}.\n\nWas jij dit? Dan is alles in orde.\nZo niet, wijzig dan je wachtwoord en kijk je toestellen na op ${input.accountLink}, of neem contact op met je coach.\n\nHet Mentor2Work-team`,
      };
  }
}
