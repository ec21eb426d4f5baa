import { type FormEvent, useState } from 'react';
import type { Meeting } from '../../api/types';
import { useTranslation } from '../../translator';
import { useJobApplications } from '../career/career-queries';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField } from '../forms/field';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { formErrorsFor } from './form-errors-for';
import {
  MeetingFields,
  type MeetingMode,
  meetingFieldNames,
  readMeetingFields,
  useMeetingLabels,
} from './meeting-fields';
import { usePlanMeeting } from './partnership-queries';

type Kind = Meeting['kind'];

interface PlanMeetingFormProps {
  partnershipId: string;
  /** The mentee, whose job applications an interview practice can be about. */
  menteeId: string;
  /** The coach also plans the introduction (with the coach) and the evaluation. */
  kinds: readonly Kind[];
}

/** Plan a meeting of the pair: both get an email with a calendar file. */
export function PlanMeetingForm({ partnershipId, menteeId, kinds }: PlanMeetingFormProps) {
  const { t, i18n } = useTranslation();
  const plan = usePlanMeeting(partnershipId);
  const applications = useJobApplications(menteeId, 1);
  const labels = {
    ...useMeetingLabels(),
    kind: t('partnerships.plan.kind'),
    applicationId: t('partnerships.plan.application'),
  };
  const idPrefix = `plan-${partnershipId}`;
  const [mode, setMode] = useState<MeetingMode>('place');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [planned, setPlanned] = useState(false);
  const [formKey, setFormKey] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const { values, fields } = readMeetingFields(data, mode, t);
    setPlanned(false);
    if (!values) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    const kind = (data.get('kind') as Kind | null) ?? kinds[0] ?? 'regular';
    const applicationId = data.get('applicationId');
    plan.mutate(
      { ...values, kind, ...(typeof applicationId === 'string' && applicationId ? { applicationId } : {}) },
      {
        onSuccess: () => {
          setPlanned(true);
          setFormKey((key) => key + 1);
        },
        onError: (error) =>
          setErrors(formErrorsFor(error, [...meetingFieldNames, 'kind', 'applicationId'], t, i18n)),
      },
    );
  }

  return (
    <section className="card" id="plan-meeting" aria-labelledby={`${idPrefix}-title`}>
      <h2 className="section-title" id={`${idPrefix}-title`}>
        {t('partnerships.plan.title')}
      </h2>
      <p className="section-lead">{t('partnerships.plan.lead')}</p>
      {planned ? (
        <StatusMessage tone="success" testId="meeting-planned">
          {t('partnerships.plan.done')}
        </StatusMessage>
      ) : null}
      <form className="form" noValidate onSubmit={submit} key={formKey} data-testid="plan-meeting-form">
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        {kinds.length > 1 ? (
          <SelectField
            idPrefix={idPrefix}
            name="kind"
            label={labels.kind}
            defaultValue="regular"
            error={errors.fields.kind}
          >
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`partnerships.meetingKinds.${kind}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <MeetingFields idPrefix={idPrefix} errors={errors} mode={mode} onModeChange={setMode} />
        {applications.data && applications.data.items.length > 0 ? (
          <SelectField
            idPrefix={idPrefix}
            name="applicationId"
            label={labels.applicationId}
            hint={t('partnerships.plan.applicationHint')}
            defaultValue=""
            error={errors.fields.applicationId}
          >
            <option value="">{t('partnerships.plan.noApplication')}</option>
            {applications.data.items.map((application) => (
              <option key={application.id} value={application.id}>
                {`${application.role} - ${application.employer}`}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="form__actions">
          <SubmitButton label={t('partnerships.plan.submit')} pending={plan.isPending} />
        </div>
      </form>
    </section>
  );
}
