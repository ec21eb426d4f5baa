import { type FormEvent, useState } from 'react';
import { isOneOf } from '../../../contracts/base-vocabulary';
import { runningStatuses, sides } from '../../../contracts/partnership-vocabulary';
import type { Partnership } from '../../api/types';
import { useTranslation } from '../../translator';
import { CheckboxField, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { AnswerForm } from './answer-form';
import { brusselsDay, brusselsToIso } from './brussels-time';
import { CompleteStep } from './complete-step';
import { formErrorsFor } from './form-errors-for';
import {
  MeetingFields,
  type MeetingMode,
  meetingFieldNames,
  readMeetingFields,
  useMeetingLabels,
} from './meeting-fields';
import { usePartnershipStep } from './partnership-queries';
import { endReasons } from './partnership-vocabulary';
import { Step } from './step-disclosure';

function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

function IntroducedStep({ partnership }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const step = usePartnershipStep(partnership.id, 'introduced');
  const error = step.error ? formErrorsFor(step.error, [], t, i18n).message : null;
  return (
    <Step title={t('partnerships.steps.introduced')} testId="step-introduced">
      <p>{t('partnerships.steps.introducedText')}</p>
      {error ? <StatusMessage tone="error">{error}</StatusMessage> : null}
      <button
        type="button"
        className="button button--primary"
        disabled={step.isPending}
        onClick={() => step.mutate({})}
      >
        {step.isPending ? t('common.working') : t('partnerships.steps.introducedSubmit')}
      </button>
    </Step>
  );
}

function ExtendStep({ partnership }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const step = usePartnershipStep(partnership.id, 'extend');
  const idPrefix = `extend-${partnership.id}`;
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const labels = { plannedEndAt: t('partnerships.steps.newEnd'), reason: t('partnerships.steps.reason') };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const plannedEndAt = brusselsToIso(text(data, 'plannedEndAt'), '12:00');
    const reason = text(data, 'reason');
    const fields: Record<string, string> = {};
    if (!plannedEndAt) fields.plannedEndAt = t('fieldErrors.date');
    if (!reason) fields.reason = t('fieldErrors.required');
    if (!plannedEndAt || Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    step.mutate(
      { plannedEndAt, reason },
      { onError: (error) => setErrors(formErrorsFor(error, Object.keys(labels), t, i18n)) },
    );
  }
  return (
    <Step title={t('partnerships.steps.extend')} testId="step-extend">
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        <TextField
          idPrefix={idPrefix}
          name="plannedEndAt"
          type="date"
          min={brusselsDay(new Date())}
          label={labels.plannedEndAt}
          hint={t('partnerships.steps.newEndHint')}
          error={errors.fields.plannedEndAt}
        />
        <TextAreaField
          idPrefix={idPrefix}
          name="reason"
          rows={2}
          label={labels.reason}
          error={errors.fields.reason}
        />
        <div className="form__actions">
          <SubmitButton label={t('partnerships.steps.extendSubmit')} pending={step.isPending} />
        </div>
      </form>
    </Step>
  );
}

function ClosingStep({ partnership }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const step = usePartnershipStep(partnership.id, 'closing');
  const idPrefix = `closing-${partnership.id}`;
  const [mode, setMode] = useState<MeetingMode>('place');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const labels = useMeetingLabels();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { values, fields } = readMeetingFields(new FormData(event.currentTarget), mode, t);
    if (!values) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    step.mutate(
      { evaluationMeeting: values },
      {
        onError: (error) => {
          const found = formErrorsFor(
            error,
            meetingFieldNames.flatMap((name) => [name, `evaluationMeeting.${name}`]),
            t,
            i18n,
          );
          const fields = Object.fromEntries(
            Object.entries(found.fields).map(([name, message]) => [
              name.replace(/^evaluationMeeting\./, ''),
              message,
            ]),
          );
          setErrors({ message: found.message, fields });
        },
      },
    );
  }
  return (
    <Step title={t('partnerships.steps.closing')} testId="step-closing">
      <p>{t('partnerships.steps.closingText')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        <MeetingFields idPrefix={idPrefix} errors={errors} mode={mode} onModeChange={setMode} />
        <div className="form__actions">
          <SubmitButton label={t('partnerships.steps.closingSubmit')} pending={step.isPending} />
        </div>
      </form>
    </Step>
  );
}

function EndEarlyStep({ partnership }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const step = usePartnershipStep(partnership.id, 'end-early');
  const idPrefix = `end-${partnership.id}`;
  const [reason, setReason] = useState<(typeof endReasons)[number] | ''>('');
  const [rematch, setRematch] = useState(true);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const labels = {
    reason: t('partnerships.steps.endReason'),
    reasonText: t('partnerships.steps.endReasonText'),
    offerRematch: t('partnerships.steps.offerRematch'),
  };
  const rematchPossible = reason !== 'found_work' && reason !== 'mentee_withdrew';
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reasonText = text(new FormData(event.currentTarget), 'reasonText');
    const fields: Record<string, string> = {};
    if (!reason) fields.reason = t('fieldErrors.choose');
    if (reason === 'other' && !reasonText) fields.reasonText = t('errors.partnership.reason_required');
    if (!reason || Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    step.mutate(
      { reason, ...(reasonText ? { reasonText } : {}), offerRematch: rematchPossible && rematch },
      { onError: (error) => setErrors(formErrorsFor(error, Object.keys(labels), t, i18n)) },
    );
  }
  return (
    <Step title={t('partnerships.steps.endEarly')} testId="step-end-early">
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        <SelectField
          idPrefix={idPrefix}
          name="reason"
          label={labels.reason}
          value={reason}
          onChange={(event) => setReason(event.target.value as typeof reason)}
          error={errors.fields.reason}
        >
          <option value="">{t('partnerships.steps.chooseReason')}</option>
          {endReasons.map((value) => (
            <option key={value} value={value}>
              {t(`partnerships.endReasons.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          idPrefix={idPrefix}
          name="reasonText"
          rows={2}
          label={labels.reasonText}
          hint={t('partnerships.steps.endReasonTextHint')}
          error={errors.fields.reasonText}
        />
        {rematchPossible ? (
          <CheckboxField
            idPrefix={idPrefix}
            name="offerRematch"
            label={labels.offerRematch}
            hint={t('partnerships.steps.offerRematchHint')}
            checked={rematch}
            onChange={setRematch}
          />
        ) : null}
        <div className="form__actions">
          <SubmitButton
            label={t('partnerships.steps.endEarlySubmit')}
            pending={step.isPending}
            variant="danger"
          />
        </div>
      </form>
    </Step>
  );
}

/** The coach's buttons for the steps that apply to the partnership's status now. */
export function StaffSteps({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const { status } = partnership;
  const running = isOneOf(runningStatuses, status);
  if (!running) return null;
  const waitingFor = sides.filter((side) => !partnership.responses[side]);
  return (
    <section className="card" aria-labelledby="steps-title" data-testid="staff-steps">
      <h2 className="section-title" id="steps-title">
        {t('partnerships.steps.title')}
      </h2>
      <div className="steps-list">
        {status === 'proposed' ? <IntroducedStep partnership={partnership} /> : null}
        {status === 'introduced'
          ? waitingFor.map((side) => (
              <Step
                key={side}
                title={t('partnerships.steps.answerFor', { name: partnership[side].name })}
                testId={`step-answer-${side}`}
              >
                <AnswerForm partnership={partnership} forSide={side} />
              </Step>
            ))
          : null}
        {status === 'active' ? (
          <>
            <ExtendStep partnership={partnership} />
            <ClosingStep partnership={partnership} />
          </>
        ) : null}
        {status === 'closing' ? <CompleteStep partnership={partnership} /> : null}
        <EndEarlyStep partnership={partnership} />
      </div>
    </section>
  );
}
