import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApplicationReceipt } from '../../api/types';
import { currentLocale } from '../../i18n';
import { ApplicationResult } from './application-result';
import {
  checkMentorStep,
  emptyMentorDraft,
  type MentorDraft,
  mentorCodeFields,
  mentorStepKeys,
  mentorStepOf,
  toMentorRequest,
} from './mentor-draft';
import { MentorReview } from './mentor-review';
import {
  MentorAboutStep,
  MentorConsentStep,
  MentorLanguagesStep,
  MentorMotivationStep,
  MentorWorkStep,
} from './mentor-steps';
import { useWizard } from './use-wizard';
import { Wizard } from './wizard';

const idPrefix = 'mentor';
const stepViews = [
  MentorAboutStep,
  MentorWorkStep,
  MentorLanguagesStep,
  MentorMotivationStep,
  MentorConsentStep,
];

/** The mentor application: shorter than the mentee's, same way of working. */
export function MentorWizard() {
  const { t, i18n } = useTranslation();
  const wizard = useWizard<MentorDraft>({
    idPrefix,
    initial: emptyMentorDraft,
    storageKey: 'm2w.application.mentor',
    stepCount: mentorStepKeys.length,
    check: checkMentorStep,
    stepOf: mentorStepOf,
    codeFields: mentorCodeFields,
    send: (draft) =>
      api.post<ApplicationReceipt>('/api/applications/mentor', toMentorRequest(draft, currentLocale(i18n))),
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
