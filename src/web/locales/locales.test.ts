import { describe, expect, it } from 'vitest';
import { emailStatuses } from '../../contracts/base-vocabulary';
import {
  applicationChannels,
  applicationStages,
  cefrSkills,
  cvSections,
  discriminationGrounds,
  recognitionStates,
} from '../../contracts/career-vocabulary';
import { instrumentVersionStatuses, questionnaireMoments } from '../../contracts/questionnaire-vocabulary';
import { reportGroupings, reportMeasures } from '../../contracts/report-vocabulary';
import { menteeStepKeys } from '../features/applications/mentee-draft';
import { mentorStepKeys } from '../features/applications/mentor-draft';
import { careerErrorCodes } from '../features/career/career-vocabulary';
import {
  criterionNames,
  hardConstraints,
  matchingErrorCodes,
  reasonKeys,
  runStatuses,
  unmatchedReasons,
} from '../features/matching/matching-vocabulary';
import {
  contactChannels,
  contractTypes,
  dueKinds,
  endReasons,
  healthRules,
  healthStates,
  meetingKinds,
  meetingStatuses,
  meetingTopics,
  outcomes,
  pairStages,
  partnershipErrorCodes,
  partnershipStatuses,
  todoKinds,
  workingHours,
} from '../features/partnerships/partnership-vocabulary';
import {
  caseloadSorts,
  dayParts,
  educationLevels,
  eligibilityRules,
  heardFromOptions,
  menteeDecisionReasons,
  menteeStatuses,
  mentorDecisionReasons,
  mentorStatuses,
  spokenLevels,
  trainingNeeds,
} from '../features/people/people-vocabulary';
import { accountItem, navigationByRole } from '../features/shell/navigation';
import {
  registrationStatuses,
  trainingAudiences,
  trainingErrorCodes,
  trainingFormats,
} from '../features/training/training-vocabulary';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

const locales: Record<string, unknown> = { nl, fr, en };

/** Every leaf as `a.b.c` -> value, the same dotted keys the translator resolves (src/web/translator.tsx). */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

const flat = Object.fromEntries(Object.entries(locales).map(([name, data]) => [name, flatten(data)]));

function isFilled(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

/** The error codes of the API contract that the app must translate (errors.<code>). */
const errorCodes = [
  'validation.failed',
  'request.malformed_json',
  'request.too_large',
  'request.cross_origin',
  'not_found',
  'rate_limited',
  'internal',
  'database.unavailable',
  'auth.required',
  'auth.forbidden',
  'auth.invalid_credentials',
  'auth.account_disabled',
  'auth.throttled',
  'auth.two_factor_required',
  'auth.two_factor_invalid_code',
  'auth.current_password_wrong',
  'auth.session_is_current',
  'auth.reauthentication_required',
  'auth.passkey_failed',
  'auth.passkeys_unavailable',
  'auth.passkey_needs_password',
  'auth.passkey_needs_two_factor',
  'password.too_short',
  'password.too_long',
  'password.too_common',
  'password.contains_email',
  'token.invalid',
  'token.expired',
  'token.used',
  'invitation.email_required',
  'user.email_taken',
  'user.cannot_change_self',
  'association.name_taken',
  'association.required_for_coach',
  'association.not_allowed_for_role',
  'application.duplicate_submission',
  'application.unknown_postcode',
  'application.unknown_sector',
  'application.unknown_occupation',
  'application.unknown_association',
  'application.date_of_birth_in_future',
  'application.unknown_language',
  'application.privacy_version_outdated',
  'application.rejected',
  'person.wrong_kind',
  'person.invalid_transition',
  'person.override_reason_required',
  'person.reason_required',
  'intake.in_past',
  'import.invalid',
  'import.not_a_spreadsheet',
  'import.too_many_rows',
  'import.empty',
  'import.missing_column',
  ...matchingErrorCodes,
  ...trainingErrorCodes,
  ...partnershipErrorCodes,
  ...careerErrorCodes,
  'questionnaire.not_found',
  'questionnaire.not_due',
  'questionnaire.already_answered',
  'questionnaire.code_taken',
  'questionnaire.no_draft',
  'questionnaire.not_published',
];

/** Keys built at run time from a value (`roles.${role}`), with every value they can take. */
const keyFamilies: Record<string, readonly string[]> = {
  roles: ['admin', 'coach', 'mentor', 'mentee', 'funder'],
  regions: ['BRU', 'VLG', 'WAL'],
  invitationStatus: ['pending', 'accepted', 'revoked', 'expired'],
  'audit.outcomes': ['success', 'failure', 'denied'],
  'outbox.statuses': emailStatuses,
  home: ['mentor', 'mentee'],
  'reports.measures': reportMeasures,
  'reports.definitions': reportMeasures,
  'reports.groupings': reportGroupings,
  statuses: [...menteeStatuses, ...mentorStatuses],
  levels: spokenLevels,
  educationLevels,
  heardFrom: heardFromOptions,
  trainingNeeds,
  'eligibility.rule': eligibilityRules,
  'eligibility.explain': eligibilityRules,
  'eligibility.coach': eligibilityRules,
  'apply.background': ['self', 'parent', 'no'],
  'apply.mentee.steps': menteeStepKeys,
  'apply.mentor.steps': mentorStepKeys,
  'decision.options': ['ready_to_match', 'ineligible', 'accepted', 'declined'],
  'decision.reasons': [...menteeDecisionReasons, ...mentorDecisionReasons],
  'caseload.sorts': caseloadSorts,
  'assessment.parts': dayParts,
  'assessment.partHeadings': dayParts,
  'assessment.cefr': ['understanding', 'speaking', 'writing'],
  'apply.result.help': ['vdab', 'actiris', 'naric'],
  'matching.criteria': criterionNames,
  'matching.reasons': reasonKeys,
  'matching.constraints': hardConstraints,
  'matching.unmatched': unmatchedReasons,
  'matching.runStatuses': runStatuses,
  'matching.fairness.quartiles': ['min', 'q1', 'median', 'q3', 'max'],
  'matching.partnershipStatuses': ['proposed'],
  'training.audiences': trainingAudiences,
  'training.formats': trainingFormats,
  'training.statuses': registrationStatuses,
  'training.lead': ['mentee', 'mentor', 'staff'],
  'partnerships.statuses': partnershipStatuses,
  'partnerships.statusText': partnershipStatuses,
  'partnerships.stageText': pairStages,
  'partnerships.health': healthStates,
  'partnerships.healthRules': healthRules,
  'partnerships.meetingKinds': meetingKinds,
  'partnerships.meetingStatuses': meetingStatuses,
  'partnerships.topics': meetingTopics,
  'partnerships.outcomes': outcomes,
  'partnerships.contractTypes': contractTypes,
  'partnerships.workingHours': workingHours,
  'partnerships.endReasons': endReasons,
  'partnerships.channels': contactChannels,
  'partnerships.due': dueKinds,
  'partnerships.todo.kinds': todoKinds,
  'partnerships.evaluation.scale': ['1', '2', '3', '4', '5'],
  'partnerships.timeline': ['accepted', 'declined'],
  'career.sections': cvSections,
  'career.cefr': cefrSkills,
  'career.channels': applicationChannels,
  'career.stages': applicationStages,
  'career.grounds': discriminationGrounds,
  'career.recognised': recognitionStates,
  'career.tipIn': ['nl', 'fr', 'en'],
  'questionnaires.moments': questionnaireMoments,
  'questionnaires.languageNames': ['nl', 'fr', 'en'],
  'questionnaires.admin.statuses': instrumentVersionStatuses,
  'trainingPath.states': [
    'done',
    'registered',
    'waitlisted',
    'required',
    'assigned',
    'recommended',
    'available',
  ],
};

const sources = import.meta.glob(['../**/*.tsx', '../**/*.ts', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('locale files', () => {
  const names = Object.keys(flat);
  for (const source of names) {
    for (const target of names) {
      if (source === target) continue;
      it(`every key of ${source} is filled in ${target}`, () => {
        const missing = [...(flat[source]?.keys() ?? [])].filter((key) => !isFilled(flat[target]?.get(key)));
        expect(missing).toEqual([]);
      });
    }
  }

  it('has no empty values', () => {
    for (const name of names) {
      const empty = [...(flat[name]?.entries() ?? [])]
        .filter(([, value]) => !isFilled(value))
        .map(([key]) => key);
      expect(empty, name).toEqual([]);
    }
  });

  it('translates every API error code under errors.<code> in every language', () => {
    for (const name of names) {
      const missing = [...errorCodes, 'unknown'].filter(
        (code) => !isFilled(flat[name]?.get(`errors.${code}`)),
      );
      expect(missing, name).toEqual([]);
    }
  });

  it('covers every value of the keys built at run time', () => {
    const missing = Object.entries(keyFamilies).flatMap(([prefix, values]) =>
      values.map((value) => `${prefix}.${value}`).filter((key) => !isFilled(flat.nl?.get(key))),
    );
    expect(missing).toEqual([]);
  });

  it('has a label for every navigation group and item', () => {
    const labels = [
      accountItem.label,
      ...Object.values(navigationByRole).flatMap((groups) =>
        groups.flatMap((group) => [
          ...(group.label ? [group.label] : []),
          ...group.items.map((item) => item.label),
        ]),
      ),
    ];
    expect(labels.filter((key) => !isFilled(flat.nl?.get(key)))).toEqual([]);
  });
});

describe('translation keys in the source', () => {
  it('finds the source files', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it("every t('...') key literal exists in nl.json", () => {
    const pattern = /\bt\(\s*['"]([^'"$`]+)['"]/g;
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(pattern)) {
        const key = match[1] ?? '';
        // A key with a count may exist only in its plural forms (key_one, key_other).
        const forms = [key, `${key}_one`, `${key}_other`];
        if (!forms.some((form) => isFilled(flat.nl?.get(form)))) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
