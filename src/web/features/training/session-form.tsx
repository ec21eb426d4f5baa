import { type FormEvent, useState } from 'react';
import type { TrainingModule } from '../../api/types';
import { useTranslation } from '../../translator';
import { RadioGroup } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, hasFormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { useLanguageName } from '../languages/language-options';
import { StatusMessage } from '../shell/status-message';
import { readSessionForm, type SessionMode } from './session-draft';
import { useCreateSession } from './training-queries';

/** Admin: adds a dated session to a module, in a place or online. */
export function SessionForm({ module, moduleTitle }: { module: TrainingModule; moduleTitle: string }) {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const create = useCreateSession(module.id);
  const idPrefix = `session-${module.id}`;
  const [mode, setMode] = useState<SessionMode>(module.format === 'online' ? 'video' : 'place');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [created, setCreated] = useState(false);
  const [formKey, setFormKey] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: problems } = readSessionForm(
      new FormData(event.currentTarget),
      mode,
      module.format,
      t,
    );
    setErrors(problems);
    setCreated(false);
    if (hasFormErrors(problems) || !input) return;
    create.mutate(input, {
      onSuccess: () => {
        setCreated(true);
        setFormKey((key) => key + 1);
      },
      onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
    });
  }

  const labels = {
    startsAt: t('training.startDay'),
    endsAt: t('training.endDay'),
    place: t('training.place'),
    videoUrl: t('training.videoUrl'),
    trainer: t('training.trainer'),
    capacity: t('training.capacity'),
    language: t('training.language'),
  };
  return (
    <details className="disclosure training-module__admin">
      <summary>
        {t('training.addSession')}
        <span className="visually-hidden">{`: ${moduleTitle}`}</span>
      </summary>
      <form className="form" noValidate onSubmit={submit} key={formKey} data-testid="session-form">
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        {created ? <StatusMessage tone="success">{t('training.sessionCreated')}</StatusMessage> : null}
        <div className="field-row">
          <TextField
            idPrefix={idPrefix}
            name="startsAt"
            type="date"
            label={labels.startsAt}
            error={errors.fields.startsAt}
          />
          <TextField
            idPrefix={idPrefix}
            name="startsAtTime"
            type="time"
            step={300}
            label={t('training.startTime')}
          />
        </div>
        <div className="field-row">
          <TextField
            idPrefix={idPrefix}
            name="endsAt"
            type="date"
            label={labels.endsAt}
            error={errors.fields.endsAt}
          />
          <TextField
            idPrefix={idPrefix}
            name="endsAtTime"
            type="time"
            step={300}
            label={t('training.endTime')}
          />
        </div>
        <RadioGroup
          idPrefix={idPrefix}
          name="mode"
          legend={t('training.where')}
          inline
          options={[
            { value: 'place', label: t('training.inPerson') },
            { value: 'video', label: t('training.online') },
          ]}
          value={mode}
          onChange={setMode}
        />
        {mode === 'place' ? (
          <TextField idPrefix={idPrefix} name="place" label={labels.place} error={errors.fields.place} />
        ) : (
          <TextField
            idPrefix={idPrefix}
            name="videoUrl"
            type="url"
            spellCheck={false}
            label={labels.videoUrl}
            hint={t('intake.videoHint')}
            error={errors.fields.videoUrl}
          />
        )}
        <TextField idPrefix={idPrefix} name="trainer" label={labels.trainer} error={errors.fields.trainer} />
        <div className="field-row">
          <TextField
            idPrefix={idPrefix}
            name="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            defaultValue="12"
            className="field__input field__input--short"
            label={labels.capacity}
            error={errors.fields.capacity}
          />
          <SelectField
            idPrefix={idPrefix}
            name="language"
            label={labels.language}
            error={errors.fields.language}
          >
            {module.languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="form__actions">
          <SubmitButton label={t('training.addSession')} pending={create.isPending} />
        </div>
      </form>
    </details>
  );
}
