import { type FormEvent, useState } from 'react';
import type { Partnership } from '../../api/types';
import { useTranslation } from '../../translator';
import { RadioGroup, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { formErrorsFor } from './form-errors-for';
import { usePartnershipStep } from './partnership-queries';

type Side = 'mentee' | 'mentor';
type Answer = 'accepted' | 'declined';

interface AnswerFormProps {
  partnership: Partnership;
  /** Staff record an answer given by phone for this side; participants answer for themselves. */
  forSide?: Side;
}

/** After the introduction: "yes, we continue" or "no", with a reason. */
export function AnswerForm({ partnership, forSide }: AnswerFormProps) {
  const { t, i18n } = useTranslation();
  const answer = usePartnershipStep(partnership.id, 'answer');
  const idPrefix = `answer-${forSide ?? 'own'}-${partnership.id}`;
  const [value, setValue] = useState<Answer | ''>('');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const side = forSide ?? partnership.viewerSide ?? 'mentee';
  const other = side === 'mentee' ? partnership.mentor.name : partnership.mentee.name;
  const labels = {
    answer: forSide
      ? t('partnerships.answer.legendFor', { name: partnership[side].name, other })
      : t('partnerships.answer.legend', { name: other }),
    reason: t('partnerships.answer.reason'),
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entry = new FormData(event.currentTarget).get('reason');
    const reason = typeof entry === 'string' ? entry.trim() : '';
    const fields: Record<string, string> = {};
    if (!value) fields.answer = t('fieldErrors.choose');
    if (value === 'declined' && !reason) fields.reason = t('errors.partnership.reason_required');
    if (!value || Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    answer.mutate(
      { answer: value, ...(reason ? { reason } : {}), ...(forSide ? { side: forSide } : {}) },
      { onError: (error) => setErrors(formErrorsFor(error, ['answer', 'reason'], t, i18n)) },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} data-testid={`answer-form-${side}`}>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      <RadioGroup
        idPrefix={idPrefix}
        name="answer"
        legend={labels.answer}
        options={[
          { value: 'accepted', label: t('partnerships.answer.accept') },
          { value: 'declined', label: t('partnerships.answer.decline') },
        ]}
        value={value}
        onChange={setValue}
        error={errors.fields.answer}
      />
      {value === 'declined' ? (
        <TextAreaField
          idPrefix={idPrefix}
          name="reason"
          rows={3}
          label={labels.reason}
          hint={t('partnerships.answer.reasonHint')}
          error={errors.fields.reason}
        />
      ) : null}
      <div className="form__actions">
        <SubmitButton label={t('partnerships.answer.submit')} pending={answer.isPending} />
      </div>
    </form>
  );
}
