import { type FormEvent, useState } from 'react';
import type { EvaluationAnswers, EvaluationItem, EvaluationForm as Form } from '../../api/types';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';
import { RadioGroup, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { formErrorsFor } from './form-errors-for';
import { useSubmitEvaluation } from './partnership-queries';

const scale = ['1', '2', '3', '4', '5'] as const;

/** The name of an item's answer in the form and in the server's error paths. */
const fieldOf = (item: EvaluationItem) => `answers.${item.id}`;

function Question({
  item,
  idPrefix,
  value,
  onChange,
  error,
}: {
  item: EvaluationItem;
  idPrefix: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const legend = item.required
    ? item.text[locale]
    : `${item.text[locale]} (${t('common.optional').toLowerCase()})`;
  const name = fieldOf(item);
  if (item.kind === 'text')
    return (
      <TextAreaField
        idPrefix={idPrefix}
        name={name}
        rows={3}
        maxLength={2000}
        label={legend}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      />
    );
  const options =
    item.kind === 'scale5'
      ? scale.map((number) => ({
          value: number,
          label: (
            <span className="scale__option">
              <span className="scale__number">{number}</span>
              <span className="scale__label">{t(`partnerships.evaluation.scale.${number}`)}</span>
            </span>
          ),
        }))
      : item.kind === 'yes_no'
        ? [
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]
        : (item.options ?? []).map((option) => ({ value: option.value, label: option.text[locale] }));
  return (
    <div className={item.kind === 'scale5' ? 'scale' : 'question'}>
      <RadioGroup
        idPrefix={idPrefix}
        name={name}
        legend={legend}
        options={options}
        value={value}
        onChange={onChange}
        error={error}
        inline={item.kind !== 'choice'}
      />
    </div>
  );
}

/** The answers as the server wants them: numbers for scales, booleans for yes/no, text as typed. */
function toAnswers(items: readonly EvaluationItem[], values: Record<string, string>): EvaluationAnswers {
  const answers: EvaluationAnswers = {};
  for (const item of items) {
    const value = (values[item.id] ?? '').trim();
    if (!value) continue;
    answers[item.id] =
      item.kind === 'scale5' ? Number(value) : item.kind === 'yes_no' ? value === 'yes' : value;
  }
  return answers;
}

/** The end-of-cycle questionnaire in the reader's language; answered once. */
export function EvaluationForm({ partnershipId, form }: { partnershipId: string; form: Form }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const submitEvaluation = useSubmitEvaluation(partnershipId);
  const idPrefix = `evaluation-${partnershipId}`;
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const labels = Object.fromEntries(form.items.map((item) => [fieldOf(item), item.text[locale]]));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    for (const item of form.items)
      if (item.required && !(values[item.id] ?? '').trim())
        fields[fieldOf(item)] = t('errors.evaluation.answer_required');
    if (Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    submitEvaluation.mutate(toAnswers(form.items, values), {
      onError: (error) => setErrors(formErrorsFor(error, Object.keys(labels), t, i18n)),
    });
  }

  return (
    <form className="form evaluation" noValidate onSubmit={submit} data-testid="evaluation-form">
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      {form.items.map((item) => (
        <Question
          key={item.id}
          item={item}
          idPrefix={idPrefix}
          value={values[item.id] ?? ''}
          onChange={(value) => setValues((current) => ({ ...current, [item.id]: value }))}
          error={errors.fields[fieldOf(item)]}
        />
      ))}
      <div className="form__actions">
        <SubmitButton label={t('partnerships.evaluation.submit')} pending={submitEvaluation.isPending} />
      </div>
    </form>
  );
}
