import { useEffect } from 'react';
import { callApi } from '../../api/call-api';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';
import { ApplicationResult } from './application-result';
import { lazyStep, preloadSteps } from './lazy-step';
import {
  checkMenteeStep,
  emptyMenteeDraft,
  type MenteeDraft,
  menteeCodeFields,
  menteeStepKeys,
  menteeStepOf,
  toMenteeRequest,
} from './mentee-draft';
import { MenteeAboutStep } from './mentee-steps-personal';
import { useWizard } from './use-wizard';
import { Wizard } from './wizard';

const idPrefix = 'mentee';
const career = () => import('./mentee-steps-career');
const goals = () => import('./mentee-steps-goals');
const stepViews = [
  MenteeAboutStep,
  lazyStep(() => import('./mentee-steps-home'), 'MenteeHomeStep'),
  lazyStep(career, 'MenteeWorkStep'),
  lazyStep(career, 'MenteeEducationStep'),
  lazyStep(goals, 'MenteeAimsStep'),
  lazyStep(goals, 'MenteeBackgroundStep'),
  lazyStep(goals, 'MenteeHeardStep'),
];
const MenteeReview = lazyStep(() => import('./mentee-review'), 'MenteeReview');

/** The mentee application, one topic per step, then review and send. */
export function MenteeWizard() {
  const { t, i18n } = useTranslation();
  useEffect(() => preloadSteps([...stepViews, MenteeReview]), []);
  const wizard = useWizard<MenteeDraft>({
    idPrefix,
    initial: emptyMenteeDraft,
    storageKey: 'm2w.application.mentee',
    stepCount: menteeStepKeys.length,
    check: checkMenteeStep,
    stepOf: menteeStepOf,
    codeFields: menteeCodeFields,
    send: (draft) =>
      callApi('POST /api/applications/mentee', { body: toMenteeRequest(draft, currentLocale(i18n)) }),
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
