import { type FormEvent, useState } from 'react';
import { useTranslation } from '../../translator';
import { RadioGroup, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { describedBy, fieldId, TextField } from '../forms/field';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { formErrorsFor } from '../partnerships/form-errors-for';
import {
  type Answers,
  type QuestionnaireForm as Form,
  type QuestionnaireItem,
  useSubmitAnswers,
} from './questionnaire-queries';

type Value = string | string[];
const fieldOf = (item: QuestionnaireItem) => `answers.${item.id}`;
const shortTextMax = 200;
const longTextMax = 4000;

function Question(props: {
  item: QuestionnaireItem;
  locale: Form['locale'];
  idPrefix: string;
  value: Value;
  onChange: (value: Value) => void;
  error: string | undefined;
}) {
  const { item, locale, idPrefix, value, onChange, error } = props;
  const { t } = useTranslation();
  const text = item.text[locale] ?? '';
  const label = item.required ? text : `${text} (${t('common.optional').toLowerCase()})`;
  const name = fieldOf(item);
  const single = typeof value === 'string' ? value : '';
  if (item.kind === 'likert') {
    const points = Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
    return (
      <div className="scale">
        <RadioGroup
          idPrefix={idPrefix}
          name={name}
          legend={label}
          inline
          options={points.map((point, i) => ({
            value: String(point),
            label: (
              <span className="scale__option">
                <span className="scale__number">{point}</span>
                {item.labels?.[i]?.[locale] ? (
                  <span className="scale__label">{item.labels[i]?.[locale]}</span>
                ) : null}
              </span>
            ),
          }))}
          value={single}
          onChange={onChange}
          error={error}
        />
      </div>
    );
  }
  if (item.kind === 'single_choice')
    return (
      <div className="question">
        <RadioGroup
          idPrefix={idPrefix}
          name={name}
          legend={label}
          options={item.options.map((o) => ({ value: o.value, label: o.text[locale] ?? '' }))}
          value={single}
          onChange={onChange}
          error={error}
        />
      </div>
    );
  if (item.kind === 'multiple_choice') {
    const id = fieldId(idPrefix, name);
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset
        className={error ? 'choice-group field--invalid' : 'choice-group'}
        aria-describedby={describedBy(id, undefined, error)}
      >
        <legend className="field__label">{label}</legend>
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        {item.options.map((o, index) => (
          <label key={o.value} className="choice">
            <input
              type="checkbox"
              id={index === 0 ? id : `${id}-${o.value}`}
              checked={chosen.includes(o.value)}
              onChange={(event) =>
                onChange(event.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))
              }
            />
            <span>{o.text[locale]}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  if (item.kind === 'number')
    return (
      <TextField
        idPrefix={idPrefix}
        name={name}
        label={label}
        type="number"
        inputMode={item.integer ? 'numeric' : 'decimal'}
        min={item.min}
        max={item.max}
        hint={
          item.min !== undefined && item.max !== undefined
            ? t('questionnaires.numberRange', { min: item.min, max: item.max })
            : undefined
        }
        value={single}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      />
    );
  if (item.kind === 'short_text')
    return (
      <TextField
        idPrefix={idPrefix}
        name={name}
        label={label}
        maxLength={shortTextMax}
        value={single}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      />
    );
  return (
    <TextAreaField
      idPrefix={idPrefix}
      name={name}
      label={label}
      rows={4}
      maxLength={longTextMax}
      value={single}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}

function isBlank(value: Value | undefined): boolean {
  return value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
}

/** The answers as the server stores them: numbers for scales and numbers, values of the options, texts. */
function toAnswers(items: readonly QuestionnaireItem[], values: Record<string, Value>): Answers {
  const answers: Answers = {};
  for (const item of items) {
    const value = values[item.id];
    if (value === undefined || isBlank(value)) continue;
    answers[item.id] =
      item.kind === 'likert' || item.kind === 'number'
        ? Number(value)
        : Array.isArray(value)
          ? value
          : value.trim();
  }
  return answers;
}

/** A due questionnaire in its version's language; the errors name the question they are about. */
export function QuestionnaireForm({ form, onDone }: { form: Form; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const submit = useSubmitAnswers(form.versionId);
  const idPrefix = `questionnaire-${form.versionId}`;
  const [values, setValues] = useState<Record<string, Value>>({});
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const labels = Object.fromEntries(
    form.items.map((item) => [fieldOf(item), item.text[form.locale] ?? item.id]),
  );

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    for (const item of form.items)
      if (item.required && isBlank(values[item.id]))
        fields[fieldOf(item)] = t('errors.questionnaire.answer_required');
    if (Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    submit.mutate(
      { moment: form.moment, partnershipId: form.partnershipId, answers: toAnswers(form.items, values) },
      {
        onSuccess: onDone,
        onError: (error) => setErrors(formErrorsFor(error, Object.keys(labels), t, i18n)),
      },
    );
  }

  return (
    <form
      className="form evaluation"
      noValidate
      onSubmit={send}
      lang={form.locale}
      data-testid="questionnaire-form"
    >
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      {form.items.map((item) => (
        <Question
          key={item.id}
          item={item}
          locale={form.locale}
          idPrefix={idPrefix}
          value={values[item.id] ?? ''}
          onChange={(value) => setValues((current) => ({ ...current, [item.id]: value }))}
          error={errors.fields[fieldOf(item)]}
        />
      ))}
      <div className="form__actions">
        <SubmitButton label={t('questionnaires.submit')} pending={submit.isPending} />
      </div>
    </form>
  );
}
