/**
 * The word lists of consent over time (docs/privacy.md, "Consent over time"), zod-free for the web app.
 */

/** How a privacy-text version was accepted: on the update page after sign-in, or with an application. */
export const privacyAcceptanceSources = ['account', 'application'] as const;
export type PrivacyAcceptanceSource = (typeof privacyAcceptanceSources)[number];

/**
 * The optional consents (consents.kind) a participant can withdraw themself: keeping the countries of
 * the migrant background, and answering the ESF+ special-category questions.
 */
export const optionalConsentKinds = ['migrant_background', 'esf_special_categories'] as const;
export type OptionalConsentKind = (typeof optionalConsentKinds)[number];
