import { type FormEvent, useState } from 'react';
import type { Locale } from '../../api/types';
import { useTranslation } from '../../translator';
import { CheckboxField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, hasFormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { collapseGoalErrors, readModuleForm } from './module-draft';
import { LanguageCheckboxes, ModuleTextFields, useModuleTextLabels } from './module-form-fields';
import { useCreateModule } from './training-queries';
import { trainingAudiences, trainingFormats } from './training-vocabulary';

const idPrefix = 'module';

/** Admin: adds a module to the catalogue, with its texts in Dutch, French and English. */
export function ModuleForm() {
  const { t, i18n } = useTranslation();
  const create = useCreateModule();
  const textLabels = useModuleTextLabels();
  const [languages, setLanguages] = useState<Locale[]>(['nl']);
  const [requiredForMatching, setRequired] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [created, setCreated] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const { input, errors: problems } = readModuleForm(data, { languages, requiredForMatching }, t);
    setErrors(problems);
    setCreated(null);
    if (hasFormErrors(problems) || !input) return;
    create.mutate(input, {
      onSuccess: (module) => {
        setCreated(module.code);
        setLanguages(['nl']);
        setRequired(false);
        setFormKey((key) => key + 1);
      },
      onError: (error) => setErrors(collapseGoalErrors(formErrorsFrom(error, t, i18n))),
    });
  }

  const labels = {
    code: t('training.code'),
    audience: t('training.audience'),
    format: t('training.format'),
    durationMinutes: t('training.durationMinutes'),
    languages: t('training.languages'),
    ...textLabels,
  };
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      key={formKey}
      data-testid="module-form"
      aria-labelledby="module-form-title"
    >
      <h2 className="section-title" id="module-form-title">
        {t('training.addModule')}
      </h2>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      {created ? (
        <StatusMessage tone="success">{t('training.moduleCreated', { code: created })}</StatusMessage>
      ) : null}
      <TextField
        idPrefix={idPrefix}
        name="code"
        label={labels.code}
        hint={t('training.codeHint')}
        spellCheck={false}
        autoCapitalize="none"
        maxLength={41}
        error={errors.fields.code}
      />
      <SelectField idPrefix={idPrefix} name="audience" label={labels.audience} error={errors.fields.audience}>
        {trainingAudiences.map((audience) => (
          <option key={audience} value={audience}>
            {t(`training.audiences.${audience}`)}
          </option>
        ))}
      </SelectField>
      <SelectField idPrefix={idPrefix} name="format" label={labels.format} error={errors.fields.format}>
        {trainingFormats.map((format) => (
          <option key={format} value={format}>
            {t(`training.formats.${format}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        idPrefix={idPrefix}
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={15}
        max={2400}
        step={15}
        defaultValue="120"
        className="field__input field__input--short"
        label={labels.durationMinutes}
        error={errors.fields.durationMinutes}
      />
      <LanguageCheckboxes
        idPrefix={idPrefix}
        value={languages}
        onChange={setLanguages}
        error={errors.fields.languages}
      />
      <ModuleTextFields idPrefix={idPrefix} fields={errors.fields} labels={textLabels} />
      <CheckboxField
        idPrefix={idPrefix}
        name="requiredForMatching"
        label={t('training.requiredLabel')}
        hint={t('training.requiredHint')}
        checked={requiredForMatching}
        onChange={setRequired}
      />
      <div className="form__actions">
        <SubmitButton label={t('training.addModule')} pending={create.isPending} />
      </div>
    </form>
  );
}
