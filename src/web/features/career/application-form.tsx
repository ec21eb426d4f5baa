import { type FocusEvent, type FormEvent, useState } from 'react';
import { applicationChannels } from '../../../contracts/career-vocabulary';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { checkApplicationDays, todayAsDay } from './application-dates';
import { useCreateJobApplication } from './career-queries';

/** Records a new job application for the mentee. */
export function ApplicationForm({ menteeId }: { menteeId: string }) {
  const { t, i18n } = useTranslation();
  const create = useCreateJobApplication(menteeId);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [key, setKey] = useState(0);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const cv = text('cvVersionNumber');
    // Empty required fields are named in words before asking the server ("too short" says little).
    const missing: Record<string, string> = {};
    if (!text('employer')) missing.employer = t('fieldErrors.required');
    if (!text('role')) missing.role = t('fieldErrors.required');
    if (!text('appliedOn')) missing.appliedOn = t('fieldErrors.date');
    Object.assign(missing, checkApplicationDays(text('appliedOn'), text('nextStepOn'), todayAsDay(), t));
    if (Object.keys(missing).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields: missing });
      return;
    }
    create.mutate(
      {
        employer: text('employer'),
        role: text('role'),
        appliedOn: text('appliedOn'),
        channel: text('channel') as 'other',
        nextStep: text('nextStep') || null,
        nextStepOn: text('nextStepOn') || null,
        cvVersionNumber: cv ? Number(cv) : null,
        notes: text('notes') || null,
      },
      {
        onSuccess: () => {
          setErrors(noFormErrors);
          setKey((k) => k + 1);
        },
        onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
      },
    );
  }
  /**
   * The dates are checked as soon as the person leaves either date field, not only on saving. A
   * message is only added here (one vanishing as the person clicks Save would move the button).
   */
  function checkDatesOnLeave(event: FocusEvent<HTMLInputElement>) {
    const form = event.currentTarget.form;
    if (!form) return;
    const value = (name: string) => String(new FormData(form).get(name) ?? '').trim();
    const found = checkApplicationDays(value('appliedOn'), value('nextStepOn'), todayAsDay(), t);
    if (Object.keys(found).length === 0) return;
    setErrors((current) => ({ message: current.message, fields: { ...current.fields, ...found } }));
  }
  const labels = {
    employer: t('career.fields.employer'),
    role: t('career.fields.role'),
    appliedOn: t('career.fields.appliedOn'),
    channel: t('career.fields.channel'),
    nextStep: t('career.fields.nextStep'),
    nextStepOn: t('career.fields.nextStepOn'),
    cvVersionNumber: t('career.fields.cvVersion'),
    notes: t('career.fields.notes'),
  };
  const f = errors.fields;
  return (
    <form className="form" noValidate onSubmit={submit} key={key} aria-labelledby="new-application-title">
      <h2 className="section-title" id="new-application-title">
        {t('career.newApplication')}
      </h2>
      {/* The summary takes focus: it comes with saving, not with leaving a date field. */}
      <ErrorSummary errors={errors.message ? errors : noFormErrors} idPrefix="application" labels={labels} />
      {create.isSuccess ? <StatusMessage tone="success">{t('career.applicationSaved')}</StatusMessage> : null}
      <TextField
        idPrefix="application"
        name="employer"
        label={labels.employer}
        maxLength={160}
        dir="auto"
        error={f.employer}
      />
      <TextField
        idPrefix="application"
        name="role"
        label={labels.role}
        maxLength={160}
        dir="auto"
        error={f.role}
      />
      <div className="field-row">
        <TextField
          idPrefix="application"
          name="appliedOn"
          type="date"
          max={todayAsDay()}
          label={labels.appliedOn}
          error={f.appliedOn}
          onBlur={checkDatesOnLeave}
        />
        <SelectField idPrefix="application" name="channel" label={labels.channel} error={f.channel}>
          {applicationChannels.map((c) => (
            <option key={c} value={c}>
              {t(`career.channels.${c}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField
          idPrefix="application"
          name="nextStep"
          label={labels.nextStep}
          maxLength={300}
          error={f.nextStep}
        />
        <TextField
          idPrefix="application"
          name="nextStepOn"
          type="date"
          label={labels.nextStepOn}
          error={f.nextStepOn}
          onBlur={checkDatesOnLeave}
        />
      </div>
      <TextField
        idPrefix="application"
        name="cvVersionNumber"
        type="number"
        inputMode="numeric"
        min={1}
        className="field__input field__input--short"
        label={labels.cvVersionNumber}
        hint={t('common.optional')}
        error={f.cvVersionNumber}
      />
      <TextAreaField
        idPrefix="application"
        name="notes"
        label={labels.notes}
        rows={3}
        maxLength={3000}
        error={f.notes}
      />
      <div className="form__actions">
        <SubmitButton label={t('career.saveApplication')} pending={create.isPending} />
      </div>
    </form>
  );
}
