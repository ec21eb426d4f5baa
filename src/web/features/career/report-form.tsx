import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { discriminationGrounds } from '../../../contracts/career-vocabulary';
import { CheckboxField, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { useJobApplications, useReportDiscrimination } from './career-queries';

/** A mentee reports discrimination; only their coach (and the programme's administrators) read it. */
export function ReportForm({ menteeId, applicationId }: { menteeId: string; applicationId: string | null }) {
  const { t, i18n } = useTranslation();
  const report = useReportDiscrimination();
  const applications = useJobApplications(menteeId, 1);
  const [grounds, setGrounds] = useState<string[]>([]);
  const [application, setApplication] = useState(applicationId ?? '');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    report.mutate(
      {
        applicationId: application || null,
        occurredOn: String(data.get('occurredOn') ?? ''),
        whatHappened: String(data.get('whatHappened') ?? ''),
        grounds: grounds as ['origin'],
      },
      {
        onSuccess: () => setErrors(noFormErrors),
        onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
      },
    );
  }
  if (report.isSuccess)
    return (
      <StatusMessage tone="success" title={t('career.reportSentTitle')}>
        {t('career.reportSent')}
      </StatusMessage>
    );
  const labels = {
    occurredOn: t('career.fields.occurredOn'),
    whatHappened: t('career.fields.whatHappened'),
    grounds: t('career.fields.grounds'),
    applicationId: t('career.fields.application'),
  };
  return (
    <form className="form" noValidate onSubmit={submit}>
      <StatusMessage tone="info" title={t('career.reportPrivacyTitle')}>
        {t('career.reportPrivacy')}
      </StatusMessage>
      <ErrorSummary errors={errors} idPrefix="report" labels={labels} />
      <SelectField
        idPrefix="report"
        name="applicationId"
        label={labels.applicationId}
        value={application}
        error={errors.fields.applicationId}
        onChange={(e) => setApplication(e.target.value)}
      >
        <option value="">{t('career.noApplication')}</option>
        {applications.data?.items.map((a) => (
          <option key={a.id} value={a.id}>{`${a.role} · ${a.employer}`}</option>
        ))}
      </SelectField>
      <TextField
        idPrefix="report"
        name="occurredOn"
        type="date"
        label={labels.occurredOn}
        error={errors.fields.occurredOn}
      />
      <TextAreaField
        idPrefix="report"
        name="whatHappened"
        label={labels.whatHappened}
        hint={t('career.whatHappenedHint')}
        rows={6}
        maxLength={5000}
        dir="auto"
        error={errors.fields.whatHappened}
      />
      <fieldset className="choice-group">
        <legend className="field__label">{labels.grounds}</legend>
        {errors.fields.grounds ? <p className="field__error">{errors.fields.grounds}</p> : null}
        {discriminationGrounds.map((ground) => (
          <CheckboxField
            key={ground}
            idPrefix="report-ground"
            name={ground}
            label={t(`career.grounds.${ground}`)}
            checked={grounds.includes(ground)}
            onChange={(checked) =>
              setGrounds(checked ? [...grounds, ground] : grounds.filter((g) => g !== ground))
            }
          />
        ))}
      </fieldset>
      <div className="form__actions">
        <SubmitButton label={t('career.sendReport')} pending={report.isPending} />
      </div>
    </form>
  );
}
