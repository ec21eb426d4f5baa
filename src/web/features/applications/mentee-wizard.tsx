import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApplicationReceipt } from '../../api/types';
import { currentLocale } from '../../i18n';
import { ApplicationResult } from './application-result';
import {
  checkMenteeStep,
  emptyMenteeDraft,
  type MenteeDraft,
  menteeCodeFields,
  menteeStepKeys,
  menteeStepOf,
  toMenteeRequest,
} from './mentee-draft';
import { MenteeReview } from './mentee-review';
import { MenteeEducationStep, MenteeWorkStep } from './mentee-steps-career';
import { MenteeAimsStep, MenteeBackgroundStep, MenteeHeardStep } from './mentee-steps-goals';
import { MenteeAboutStep, MenteeHomeStep } from './mentee-steps-personal';
import { useWizard } from './use-wizard';
import { Wizard } from './wizard';

const idPrefix = 'mentee';
const stepViews = [
  MenteeAboutStep,
  MenteeHomeStep,
  MenteeWorkStep,
  MenteeEducationStep,
  MenteeAimsStep,
  MenteeBackgroundStep,
  MenteeHeardStep,
];

/** The mentee application, one topic per step, then review and send. */
export function MenteeWizard() {
  const { t, i18n } = useTranslation();
  const wizard = useWizard<MenteeDraft>({
    idPrefix,
    initial: emptyMenteeDraft,
    storageKey: 'm2w.application.mentee',
    stepCount: menteeStepKeys.length,
    check: checkMenteeStep,
    stepOf: menteeStepOf,
    codeFields: menteeCodeFields,
    send: (draft) =>
      api.post<ApplicationReceipt>('/api/applications/mentee', toMenteeRequest(draft, currentLocale(i18n))),
    onOutdated: (draft) => ({ ...draft, privacyVersion: null }),
  });
  if (wizard.receipt) return <ApplicationResult receipt={wizard.receipt} email={wizard.draft.email} />;

  const titles = menteeStepKeys.map((key) => t(`apply.mentee.steps.${key}`));
  const props = { idPrefix, draft: wizard.draft, update: wizard.update, errors: wizard.errors.fields };
  const StepView = stepViews[wizard.step];
  return (
    <Wizard
      idPrefix={idPrefix}
      titles={titles}
      step={wizard.step}
      errors={wizard.errors}
      labels={wizard.labels}
      pending={wizard.pending}
      onBack={wizard.back}
      onNext={wizard.next}
      onSend={wizard.submit}
      onLeave={wizard.leave}
    >
      {StepView ? <StepView {...props} /> : <MenteeReview {...props} titles={titles} goTo={wizard.goTo} />}
    </Wizard>
  );
}
