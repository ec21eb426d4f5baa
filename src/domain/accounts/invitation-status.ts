export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationDates {
  acceptedAt: string | null;
  revokedAt: string | null;
  expiresAt: string;
}

/** Where a single-use link stands at `now`. */
export function invitationStatus(invitation: InvitationDates, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (new Date(invitation.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/** The token error a person sees when a link can no longer be used. */
export function tokenProblem(
  status: InvitationStatus,
): 'token.used' | 'token.expired' | 'token.invalid' | null {
  if (status === 'pending') return null;
  if (status === 'accepted') return 'token.used';
  if (status === 'expired') return 'token.expired';
  return 'token.invalid';
}
