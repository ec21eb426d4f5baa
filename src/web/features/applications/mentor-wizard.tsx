import { useEffect } from 'react';
import { callApi } from '../../api/call-api';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';
import { ApplicationResult } from './application-result';
import { lazyStep, preloadSteps } from './lazy-step';
import {
  checkMentorStep,
  emptyMentorDraft,
  type MentorDraft,
  mentorCodeFields,
  mentorStepKeys,
  mentorStepOf,
  toMentorRequest,
} from './mentor-draft';
import { MentorAboutStep } from './mentor-steps-about';
import { useWizard } from './use-wizard';
import { Wizard } from './wizard';

const idPrefix = 'mentor';
const steps = () => import('./mentor-steps');
const stepViews = [
  MentorAboutStep,
  lazyStep(steps, 'MentorWorkStep'),
  lazyStep(steps, 'MentorLanguagesStep'),
  lazyStep(steps, 'MentorMotivationStep'),
  lazyStep(steps, 'MentorConsentStep'),
];
const MentorReview = lazyStep(() => import('./mentor-review'), 'MentorReview');

/** The mentor application: shorter than the mentee's, same way of working. */
export function MentorWizard() {
  const { t, i18n } = useTranslation();
  useEffect(() => preloadSteps([...stepViews, MentorReview]), []);
  const wizard = useWizard<MentorDraft>({
    idPrefix,
    initial: emptyMentorDraft,
    storageKey: 'm2w.application.mentor',
    stepCount: mentorStepKeys.length,
    check: checkMentorStep,
    stepOf: mentorStepOf,
    codeFields: mentorCodeFields,
    send: (draft) =>
      callApi('POST /api/applications/mentor', { body: toMentorRequest(draft, currentLocale(i18n)) }),
    onOutdated: (draft) => ({ ...draft, privacyVersion: null }),
  });
  if (wizard.receipt) return <ApplicationResult receipt={wizard.receipt} email={wizard.draft.email} />;

  const titles = mentorStepKeys.map((key) => t(`apply.mentor.steps.${key}`));
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
      {StepView ? <StepView {...props} /> : <MentorReview {...props} titles={titles} goTo={wizard.goTo} />}
    </Wizard>
  );
}
