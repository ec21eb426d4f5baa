import { type FormEvent, useState } from 'react';
import { menteeDecisions, mentorDecisions } from '../../../contracts/people-vocabulary';
import type { DecisionInput, PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { RadioGroup, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { usePersonAction } from './people-queries';
import { menteeDecisionReasons, mentorDecisionReasons } from './people-vocabulary';

const idPrefix = 'decision';
type Decision = DecisionInput['decision'];

/** The coach's decision after the intake: ready to match / ineligible, or accepted / declined, with reasons. */
export function DecisionForm({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const action = usePersonAction(person.id);
  const isMentee = person.kind === 'mentee';
  const options: readonly Decision[] = isMentee ? menteeDecisions : mentorDecisions;
  const reasons: readonly string[] = isMentee ? menteeDecisionReasons : mentorDecisionReasons;
  const [decision, setDecision] = useState<Decision | ''>('');
  const [reasonCode, setReasonCode] = useState('');
  const [reasonText, setReasonText] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [saved, setSaved] = useState(false);
  const negative = decision === 'ineligible' || decision === 'declined';
  const needsOverride = decision === 'ready_to_match' && person.eligibilityFailed.length > 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const fields: Record<string, string> = {};
    if (!decision) fields.decision = t('fieldErrors.choose');
    if (negative && !reasonCode) fields.reasonCode = t('errors.person.reason_required');
    if (needsOverride && overrideReason.trim().length < 10)
      fields.overrideReason = t('errors.person.override_reason_required');
    if (Object.keys(fields).length > 0 || !decision) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    const body: DecisionInput = {
      decision,
      ...(negative ? { reasonCode: reasonCode as DecisionInput['reasonCode'] } : {}),
      ...(reasonText.trim() ? { reasonText: reasonText.trim() } : {}),
      ...(needsOverride ? { overrideReason: overrideReason.trim() } : {}),
    };
    action.mutate(
      { kind: 'decision', body },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          const found = formErrorsFrom(error, t, i18n);
          setErrors(found);
        },
      },
    );
  }

  const labels = {
    decision: t('decision.legend'),
    reasonCode: t('decision.reason'),
    reasonText: t('decision.reasonText'),
    overrideReason: t('decision.overrideReason'),
  };
  return (
    <section className="card" aria-labelledby="decision-title">
      <h2 className="section-title" id="decision-title">
        {t('decision.title')}
      </h2>
      <form
        className="form"
        noValidate
        onSubmit={submit}
        data-testid="decision-form"
        aria-labelledby="decision-title"
      >
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        {saved ? <StatusMessage tone="success">{t('decision.saved')}</StatusMessage> : null}
        <RadioGroup
          idPrefix={idPrefix}
          name="decision"
          legend={labels.decision}
          hint={t('decision.invitationHint')}
          options={options.map((value) => ({ value, label: t(`decision.options.${value}`) }))}
          value={decision}
          onChange={setDecision}
          error={errors.fields.decision}
        />
        {negative ? (
          <SelectField
            idPrefix={idPrefix}
            name="reasonCode"
            label={labels.reasonCode}
            value={reasonCode}
            onChange={(event) => setReasonCode(event.target.value)}
            error={errors.fields.reasonCode}
          >
            <option value="">{t('decision.chooseReason')}</option>
            {reasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`decision.reasons.${reason}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        {needsOverride ? (
          <TextAreaField
            idPrefix={idPrefix}
            name="overrideReason"
            label={labels.overrideReason}
            hint={t('decision.overrideHint')}
            value={overrideReason}
            maxLength={1000}
            onChange={(event) => setOverrideReason(event.target.value)}
            error={errors.fields.overrideReason}
          />
        ) : null}
        <TextAreaField
          idPrefix={idPrefix}
          name="reasonText"
          label={`${labels.reasonText} (${t('common.optional').toLowerCase()})`}
          value={reasonText}
          maxLength={1000}
          rows={3}
          onChange={(event) => setReasonText(event.target.value)}
          error={errors.fields.reasonText}
        />
        <div className="form__actions">
          <SubmitButton label={t('decision.submit')} pending={action.isPending} />
        </div>
      </form>
    </section>
  );
}
