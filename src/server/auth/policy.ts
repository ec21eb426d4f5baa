import { participantRoles, staffRoles } from '../../contracts/base-vocabulary.js';
import type { Role } from '../../contracts/common.js';
import { respondentRoles } from '../../contracts/questionnaire-vocabulary.js';

/**
 * Who may call which route: the one table of route access. Every /api route names its policy in
 * `config.policy`; a route without one is refused (deny by default) and fails the policy test.
 * Record-level rules (which association, whose caseload) live in domain/access/record-access.ts and
 * are applied by the services.
 */
export type Access =
  /** Anyone, signed in or not. */
  | { kind: 'public' }
  /**
   * Any signed-in person; `partial` also admits a session still waiting for its second factor;
   * `beforePrivacyAcceptance` also admits a person who must first accept a new privacy text.
   */
  | { kind: 'signed_in'; partial?: boolean; beforePrivacyAcceptance?: boolean }
  /** Signed in with one of these roles. */
  | { kind: 'roles'; roles: readonly Role[]; beforePrivacyAcceptance?: boolean };

/**
 * What a person may still do while a new privacy text waits for their acceptance: read it, accept it,
 * choose the language, sign out (and the public routes, such as the session check).
 */
const beforePrivacyAcceptance = { kind: 'signed_in', beforePrivacyAcceptance: true } as const;

const everyone: Access = { kind: 'public' };
const adminOnly: Access = { kind: 'roles', roles: ['admin'] };
/** Programme admins and coaches: the people who work with personal data. */
const staff: Access = { kind: 'roles', roles: ['admin', 'coach'] };
const participants: Access = { kind: 'roles', roles: participantRoles };
/** A participant's own data and consents, reachable before a new privacy text is accepted. */
const participantsBeforePrivacyAcceptance: Access = {
  kind: 'roles',
  roles: participantRoles,
  beforePrivacyAcceptance: true,
};

export const policies = {
  'health.read': everyone,
  'reference.search': everyone,
  'openapi.read': everyone,
  'auth.sign_in': everyone,
  'auth.sign_out': { kind: 'signed_in', partial: true, beforePrivacyAcceptance: true },
  'auth.session': everyone,
  'auth.two_factor_setup': { kind: 'signed_in', partial: true },
  'auth.two_factor_enable': { kind: 'signed_in', partial: true },
  'auth.two_factor_verify': { kind: 'signed_in', partial: true },
  'auth.recovery_codes': { kind: 'signed_in' },
  'auth.invitation_inspect': everyone,
  'auth.invitation_accept': everyone,
  'auth.password_reset_request': everyone,
  'auth.password_reset_complete': everyone,
  'auth.password_change': { kind: 'signed_in' },
  'auth.reauthenticate': { kind: 'signed_in' },
  'auth.passkey_settings': everyone,
  'auth.passkey_sign_in': everyone,
  'me.passkeys': { kind: 'signed_in' },
  'me.locale': { kind: 'signed_in', partial: true, beforePrivacyAcceptance: true },
  'me.phone': staff,
  /** Seeing and ending one's sessions stays possible before accepting a new privacy text. */
  'me.sessions': beforePrivacyAcceptance,
  'me.session_end': beforePrivacyAcceptance,
  'associations.list': { kind: 'roles', roles: ['admin', 'coach'] },
  'associations.read': { kind: 'roles', roles: ['admin', 'coach'] },
  'associations.create': adminOnly,
  'associations.update': adminOnly,
  /** The association's own coaches or an admin; the service checks which association. */
  'associations.mentor_sharing': staff,
  'users.list': adminOnly,
  'users.update': adminOnly,
  'invitations.list': adminOnly,
  'invitations.create': adminOnly,
  'invitations.revoke': adminOnly,
  'audit.list': adminOnly,
  'outbox.list': adminOnly,
  'caseload.list': staff,
  'caseload.export': staff,
  'applications.submit': everyone,
  'privacy.read': everyone,
  'associations.public_list': everyone,
  'people.read': staff,
  'people.sensitive_read': staff,
  'people.participant_facts': staff,
  'people.claim': { kind: 'roles', roles: ['coach'] },
  'people.intake': staff,
  'people.assess': staff,
  'people.decide': staff,
  'people.import': staff,
  'matching.read': staff,
  'matching.run': staff,
  'matching.weights': adminOnly,
  'partnerships.read': { kind: 'roles', roles: ['admin', 'coach', 'mentee', 'mentor'] },
  'partnerships.act': { kind: 'roles', roles: ['admin', 'coach', 'mentee', 'mentor'] },
  'partnerships.health': staff,
  'partnerships.follow_up': staff,
  'partnerships.help': participants,
  'me.home': participants,
  'training.read': { kind: 'signed_in' },
  'training.manage': adminOnly,
  'training.register': { kind: 'roles', roles: ['admin', 'coach', 'mentee', 'mentor'] },
  'training.attendance': staff,
  /** A person who does not accept a new text may still read her data and withdraw consent (GDPR art. 7(3)). */
  'profile.read': participantsBeforePrivacyAcceptance,
  'profile.update': participants,
  'profile.consent_withdraw': participantsBeforePrivacyAcceptance,
  'me.calendar': { kind: 'signed_in' },
  'calendar.feed': everyone,
  'cv.read': { kind: 'roles', roles: ['admin', 'coach', 'mentor', 'mentee'] },
  'cv.write': { kind: 'roles', roles: ['admin', 'coach', 'mentee'] },
  'cv.comment': { kind: 'roles', roles: ['admin', 'coach', 'mentor'] },
  'cv.comment_resolve': { kind: 'roles', roles: ['mentee'] },
  'sector_tips.read': { kind: 'roles', roles: ['admin', 'coach', 'mentor', 'mentee'] },
  'sector_tips.manage': staff,
  'job_applications.track': { kind: 'roles', roles: ['admin', 'coach', 'mentor', 'mentee'] },
  'job_applications.feedback': { kind: 'roles', roles: ['admin', 'coach', 'mentor'] },
  'discrimination_reports.submit': { kind: 'roles', roles: ['mentee'] },
  /** Mentors pass the role check and get 404 from the service: a report's existence stays unknown. */
  'discrimination_reports.read': { kind: 'roles', roles: ['admin', 'coach', 'mentee', 'mentor'] },
  'discrimination_reports.review': staff,
  'training.overview': staff,
  /** Figures only; the service decides the audience (funder: small counts hidden) and the scope. */
  'reports.programme': { kind: 'roles', roles: staffRoles },
  /** Pseudonymised records per participant for an external evaluator; audited. */
  'reports.evaluator_export': { kind: 'roles', roles: ['admin'] },
  /** Right of access (GDPR art. 15, 20): a participant's own data; an admin's on request. Audited. */
  'privacy.own_export': participantsBeforePrivacyAcceptance,
  /** The privacy text in force, what changed, and the versions I accepted; then "I have read and accept". */
  'privacy.update_read': beforePrivacyAcceptance,
  'privacy.accept': beforePrivacyAcceptance,
  'privacy.person_export': adminOnly,
  'privacy.person_erase': adminOnly,
  /** Counts per data class only, no person. */
  'privacy.retention_report': adminOnly,
  'network.read': { kind: 'roles', roles: ['admin', 'coach', 'mentor'] },
  'network.own': { kind: 'roles', roles: ['mentor'] },
  /** Building, publishing and scheduling questionnaire instruments. */
  'questionnaires.manage': adminOnly,
  /** Answering the questionnaires due: the two sides of a pair and their coach (the service checks what is due). */
  'questionnaires.answer': { kind: 'roles', roles: respondentRoles },
  /** A person's answers, for the staff who may see the person; audited. */
  'questionnaires.read_answers': staff,
} as const satisfies Record<string, Access>;

export type PolicyName = keyof typeof policies;

export function policyFor(name: string | undefined): Access | null {
  if (!name || !(name in policies)) return null;
  return policies[name as PolicyName];
}

export type Decision =
  | 'allow'
  | 'unauthenticated'
  | 'second_factor_needed'
  | 'forbidden'
  | 'privacy_acceptance_needed';

/**
 * Whether the route's decision depends on the caller's privacy acceptance (so the guard looks it up
 * only then): every signed-in route of a fully signed-in person except the few listed above.
 */
export function waitsForPrivacyAcceptance(access: Access | null): boolean {
  return access !== null && access.kind !== 'public' && access.beforePrivacyAcceptance !== true;
}

/**
 * Decides a request from its route policy and the caller's session state; `privacyAcceptanceRequired`
 * is whether a new privacy text waits for the caller's acceptance (docs/privacy.md).
 */
export function decide(
  access: Access | null,
  caller: { role: Role; fullySignedIn: boolean; privacyAcceptanceRequired?: boolean } | null,
): Decision {
  if (!access) return 'forbidden';
  if (access.kind === 'public') return 'allow';
  if (!caller) return 'unauthenticated';
  if (!caller.fullySignedIn && !(access.kind === 'signed_in' && access.partial))
    return 'second_factor_needed';
  if (access.kind === 'roles' && !access.roles.includes(caller.role)) return 'forbidden';
  if (caller.fullySignedIn && caller.privacyAcceptanceRequired && waitsForPrivacyAcceptance(access))
    return 'privacy_acceptance_needed';
  return 'allow';
}
