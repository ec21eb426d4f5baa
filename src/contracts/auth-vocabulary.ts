/** What a WebAuthn challenge was handed out for: one ceremony each, used once. */
export const webauthnPurposes = ['register', 'second_factor', 'sign_in', 'reauthenticate'] as const;
export type WebauthnPurpose = (typeof webauthnPurposes)[number];
