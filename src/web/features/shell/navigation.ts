import type { Role } from '../../api/types';

export interface NavItem {
  to: string;
  /** Translation key of the link text. */
  label: string;
}

const account: NavItem = { to: '/account', label: 'nav.account' };
const profile: NavItem = { to: '/profile', label: 'nav.profile' };
const matching: NavItem = { to: '/matching', label: 'nav.matching' };
const training: NavItem = { to: '/training', label: 'nav.training' };
const todo: NavItem = { to: '/todo', label: 'nav.todo' };
const health: NavItem = { to: '/partnerships/health', label: 'nav.health' };
const reports: NavItem = { to: '/discrimination-reports', label: 'nav.reports' };
const sectorTips: NavItem = { to: '/sector-tips', label: 'nav.sectorTips' };
const trainingOverview: NavItem = { to: '/training-overview', label: 'nav.trainingOverview' };
const mentorNetwork: NavItem = { to: '/mentor-network', label: 'nav.mentorNetwork' };

/** What each role finds in the main navigation (DESIGN.md section 2). */
export const navigationByRole: Record<Role, NavItem[]> = {
  admin: [
    { to: '/', label: 'nav.overview' },
    { to: '/associations', label: 'nav.associations' },
    { to: '/staff', label: 'nav.staff' },
    { to: '/audit', label: 'nav.audit' },
    { to: '/outbox', label: 'nav.outbox' },
    { to: '/caseload', label: 'nav.caseload' },
    matching,
    health,
    todo,
    training,
    trainingOverview,
    mentorNetwork,
    reports,
    sectorTips,
    account,
  ],
  coach: [
    { to: '/caseload', label: 'nav.caseload' },
    todo,
    health,
    matching,
    training,
    trainingOverview,
    mentorNetwork,
    reports,
    sectorTips,
    account,
  ],
  mentor: [
    { to: '/', label: 'nav.home' },
    profile,
    { to: '/cv', label: 'nav.mentees' },
    training,
    mentorNetwork,
    account,
  ],
  mentee: [
    { to: '/', label: 'nav.home' },
    profile,
    { to: '/cv', label: 'nav.cv' },
    { to: '/applications', label: 'nav.applications' },
    training,
    account,
  ],
  funder: [{ to: '/', label: 'nav.home' }, account],
};
