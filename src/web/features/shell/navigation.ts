import type { Role } from '../../api/types';

export interface NavItem {
  to: string;
  /** Translation key of the link text. */
  label: string;
}

/**
 * A group of the main navigation. The first group of a role has no label: its links are always in
 * view. A labelled group is one menu button on a wide screen and a headed list in the phone menu.
 */
export interface NavGroup {
  /** Translation key of the group's name; null for the daily links. */
  label: string | null;
  items: NavItem[];
}

const profile: NavItem = { to: '/profile', label: 'nav.profile' };
const caseload: NavItem = { to: '/caseload', label: 'nav.caseload' };
const matching: NavItem = { to: '/matching', label: 'nav.matching' };
const training: NavItem = { to: '/training', label: 'nav.training' };
const todo: NavItem = { to: '/todo', label: 'nav.todo' };
const health: NavItem = { to: '/partnerships/health', label: 'nav.health' };
const reports: NavItem = { to: '/discrimination-reports', label: 'nav.reports' };
const sectorTips: NavItem = { to: '/sector-tips', label: 'nav.sectorTips' };
const trainingOverview: NavItem = { to: '/training-overview', label: 'nav.trainingOverview' };
const mentorNetwork: NavItem = { to: '/mentor-network', label: 'nav.mentorNetwork' };
const questionnaires: NavItem = { to: '/questionnaires', label: 'nav.questionnaires' };
const programmeReport: NavItem = { to: '/programme-report', label: 'nav.programmeReport' };

/** The account page is linked beside the person's name, not in the groups. */
export const accountItem: NavItem = { to: '/account', label: 'nav.account' };

const programme: NavGroup = {
  label: 'nav.groups.programme',
  items: [programmeReport, training, trainingOverview, mentorNetwork, sectorTips, reports],
};

/** What each role finds in the main navigation (DESIGN.md section 2), the daily work first. */
export const navigationByRole: Record<Role, NavGroup[]> = {
  admin: [
    { label: null, items: [{ to: '/', label: 'nav.overview' }, caseload, todo, health, matching] },
    programme,
    {
      label: 'nav.groups.administration',
      items: [
        { to: '/associations', label: 'nav.associations' },
        { to: '/staff', label: 'nav.staff' },
        { to: '/audit', label: 'nav.audit' },
        { to: '/outbox', label: 'nav.outbox' },
        { to: '/questionnaires/instruments', label: 'nav.questionnaireInstruments' },
      ],
    },
  ],
  coach: [{ label: null, items: [caseload, todo, health, matching, questionnaires] }, programme],
  mentor: [
    {
      label: null,
      items: [
        { to: '/', label: 'nav.home' },
        profile,
        { to: '/cv', label: 'nav.mentees' },
        training,
        questionnaires,
        mentorNetwork,
      ],
    },
  ],
  mentee: [
    {
      label: null,
      items: [
        { to: '/', label: 'nav.home' },
        profile,
        { to: '/cv', label: 'nav.cv' },
        { to: '/applications', label: 'nav.applications' },
        training,
        questionnaires,
      ],
    },
  ],
  funder: [{ label: null, items: [{ to: '/', label: 'nav.programmeReport' }] }],
};
