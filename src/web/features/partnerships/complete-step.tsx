import { type FormEvent, useState } from 'react';
import type { CompleteInput, Partnership } from '../../api/types';
import { useTranslation } from '../../translator';
import { RadioGroup, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { ReferencePicker } from '../reference/reference-picker';
import { StatusMessage } from '../shell/status-message';
import { formErrorsFor } from './form-errors-for';
import { usePartnershipStep } from './partnership-queries';
import { contractTypes, outcomes, workingHours } from './partnership-vocabulary';
import { Step } from './step-disclosure';

type Outcome = (typeof outcomes)[number];
type Job = NonNullable<CompleteInput['job']>;

function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The coach completes the cycle: the outcome a funder asks for (and for a job its start, contract,
 * hours and sector), after the evaluation meeting, or with a reason why it did not take place. Which
 * evaluations are still missing is shown first.
 */
export function CompleteStep({ partnership }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const step = usePartnershipStep(partnership.id, 'complete');
  const idPrefix = `complete-${partnership.id}`;
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [contractType, setContractType] = useState<Job['contractType'] | ''>('');
  const [hours, setHours] = useState<Job['hours'] | ''>('');
  const [sectorCode, setSectorCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const evaluationHeld = partnership.stage === 'evaluation_held';
  const labels = {
    outcome: t('partnerships.steps.outcome'),
    'job.startDate': t('partnerships.outcome.startDate'),
    'job.contractType': t('partnerships.outcome.contractType'),
    'job.hours': t('partnerships.outcome.hours'),
    'job.sectorCode': t('partnerships.outcome.sector'),
    evaluationSkippedReason: t('partnerships.outcome.skippedReason'),
    note: t('partnerships.steps.note'),
  };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const note = text(data, 'note');
    const reason = text(data, 'evaluationSkippedReason');
    const startDate = text(data, 'startDate');
    const fields: Record<string, string> = {};
    if (!outcome) fields.outcome = t('fieldErrors.choose');
    if (outcome === 'job') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) fields['job.startDate'] = t('fieldErrors.dateTime');
      if (!contractType) fields['job.contractType'] = t('fieldErrors.choose');
      if (!hours) fields['job.hours'] = t('fieldErrors.choose');
      if (!sectorCode) fields['job.sectorCode'] = t('fieldErrors.choose');
    }
    if (!evaluationHeld && !reason)
      fields.evaluationSkippedReason = t('errors.partnership.evaluation_not_held');
    if (!outcome || Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    const job =
      outcome === 'job' && contractType && hours ? { startDate, contractType, hours, sectorCode } : undefined;
    step.mutate(
      {
        outcome,
        ...(job ? { job } : {}),
        ...(note ? { note } : {}),
        ...(!evaluationHeld && reason ? { evaluationSkippedReason: reason } : {}),
      },
      { onError: (error) => setErrors(formErrorsFor(error, Object.keys(labels), t, i18n)) },
    );
  }
  const missing = partnership.evaluationsMissing;
  return (
    <Step title={t('partnerships.steps.complete')} testId="step-complete">
      {missing.length > 0 ? (
        <StatusMessage tone="info" testId="evaluations-missing">
          {t('partnerships.outcome.missing', {
            sides: missing.map((side) => partnership[side].name).join(', '),
          })}
        </StatusMessage>
      ) : null}
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        <RadioGroup
          idPrefix={idPrefix}
          name="outcome"
          legend={labels.outcome}
          options={outcomes.map((value) => ({ value, label: t(`partnerships.outcomes.${value}`) }))}
          value={outcome}
          onChange={setOutcome}
          error={errors.fields.outcome}
        />
        {outcome === 'job' ? (
          <fieldset className="choice-group" data-testid="job-outcome">
            <legend className="field__label">{t('partnerships.outcome.jobTitle')}</legend>
            <TextField
              idPrefix={idPrefix}
              name="startDate"
              type="date"
              label={labels['job.startDate']}
              error={errors.fields['job.startDate']}
            />
            <SelectField
              idPrefix={idPrefix}
              name="contractType"
              label={labels['job.contractType']}
              value={contractType}
              onChange={(event) => setContractType(event.target.value as Job['contractType'])}
              error={errors.fields['job.contractType']}
            >
              <option value="">{t('partnerships.outcome.choose')}</option>
              {contractTypes.map((value) => (
                <option key={value} value={value}>
                  {t(`partnerships.contractTypes.${value}`)}
                </option>
              ))}
            </SelectField>
            <RadioGroup
              idPrefix={idPrefix}
              name="hours"
              legend={labels['job.hours']}
              inline
              options={workingHours.map((value) => ({
                value,
                label: t(`partnerships.workingHours.${value}`),
              }))}
              value={hours}
              onChange={setHours}
              error={errors.fields['job.hours']}
            />
            <ReferencePicker
              kind="sectors"
              idPrefix={idPrefix}
              name="sectorCode"
              label={labels['job.sectorCode']}
              hint={t('partnerships.outcome.sectorHint')}
              value={sectorCode}
              onChange={(item) => setSectorCode(item?.code ?? '')}
              error={errors.fields['job.sectorCode']}
            />
          </fieldset>
        ) : null}
        {evaluationHeld ? (
          <p className="field__hint">{t('partnerships.outcome.evaluationHeld')}</p>
        ) : (
          <TextAreaField
            idPrefix={idPrefix}
            name="evaluationSkippedReason"
            rows={2}
            label={labels.evaluationSkippedReason}
            hint={t('partnerships.outcome.skippedHint')}
            error={errors.fields.evaluationSkippedReason}
          />
        )}
        <TextAreaField
          idPrefix={idPrefix}
          name="note"
          rows={2}
          label={labels.note}
          error={errors.fields.note}
        />
        <div className="form__actions">
          <SubmitButton label={t('partnerships.steps.completeSubmit')} pending={step.isPending} />
        </div>
      </form>
    </Step>
  );
}
