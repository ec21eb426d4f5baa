import { type FormEvent, useEffect, useRef, useState } from 'react';
import { discriminationGrounds } from '../../../contracts/career-vocabulary';
import { useTranslation } from '../../translator';
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
  const sent = useRef<HTMLDivElement>(null);
  // The form (and its button) gives way to the confirmation: the focus goes there.
  useEffect(() => {
    if (report.isSuccess) sent.current?.focus();
  }, [report.isSuccess]);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const occurredOn = String(data.get('occurredOn') ?? '');
    const whatHappened = String(data.get('whatHappened') ?? '');
    // What is missing is said in words before asking the server ("too short" says little).
    const missing: Record<string, string> = {};
    if (!occurredOn) missing.occurredOn = t('fieldErrors.date');
    if (!whatHappened.trim()) missing.whatHappened = t('career.whatHappenedRequired');
    if (grounds.length === 0) missing.grounds = t('career.groundsRequired');
    if (Object.keys(missing).length > 0) {
      setErrors({ message: null, fields: missing });
      return;
    }
    report.mutate(
      { applicationId: application || null, occurredOn, whatHappened, grounds: grounds as ['origin'] },
      {
        onSuccess: () => setErrors(noFormErrors),
        onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
      },
    );
  }
  if (report.isSuccess)
    return (
      <div ref={sent} tabIndex={-1} data-testid="report-sent">
        <StatusMessage tone="success" title={t('career.reportSentTitle')}>
          {t('career.reportSent')}
        </StatusMessage>
      </div>
    );
  const labels = {
    occurredOn: t('career.fields.occurredOn'),
    whatHappened: t('career.fields.whatHappened'),
    grounds: t('career.fields.grounds'),
    applicationId: t('career.fields.application'),
  };
  // The summary names each field; its labels are questions, so without their question mark.
  const summaryLabels = Object.fromEntries(
    Object.entries(labels).map(([name, label]) => [name, label.replace(/\s*\?$/, '')]),
  );
  const groundsError = errors.fields.grounds;
  return (
    <form className="form" noValidate onSubmit={submit}>
      <StatusMessage tone="info" title={t('career.reportPrivacyTitle')}>
        {t('career.reportPrivacy')}
      </StatusMessage>
      <ErrorSummary errors={errors} idPrefix="report" labels={summaryLabels} />
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
      <fieldset
        className={groundsError ? 'choice-group field--invalid' : 'choice-group'}
        aria-describedby={groundsError ? 'report-grounds-error' : undefined}
      >
        <legend className="field__label">{labels.grounds}</legend>
        {groundsError ? (
          <p className="field__error" id="report-grounds-error">
            {groundsError}
          </p>
        ) : null}
        {discriminationGrounds.map((ground, index) => (
          <CheckboxField
            key={ground}
            // The first box carries the field id the error summary links to.
            idPrefix="report"
            name={index === 0 ? 'grounds' : `ground-${ground}`}
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
