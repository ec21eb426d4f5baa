import { type FormEvent, useState } from 'react';
import { ApiRequestError } from '../../api/client';
import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { RadioGroup, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, hasFormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { useFormatters } from '../locale/use-formatters';
import { StatusMessage } from '../shell/status-message';
import { localToIsoWithOffset } from './local-time';
import { type IntakeInput, usePersonAction } from './people-queries';

const idPrefix = 'intake';
const durations = ['30', '45', '60', '90', '120'];

/** Plans the intake interview; the applicant receives an email with a calendar file. */
export function IntakeForm({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const action = usePersonAction(person.id);
  const [mode, setMode] = useState<'place' | 'video'>('place');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const fields: Record<string, string> = {};
    const startsAt = localToIsoWithOffset(value('startsAt'), value('startsAtTime'));
    if (!startsAt) fields.startsAt = t('fieldErrors.dateTime');
    else if (new Date(startsAt).getTime() < Date.now()) fields.startsAt = t('errors.intake.in_past');
    const where = value(mode === 'place' ? 'place' : 'videoUrl');
    if (mode === 'place' && where.length < 2) fields.place = t('fieldErrors.required');
    if (mode === 'video' && !/^https:\/\/\S+$/.test(where)) fields.videoUrl = t('fieldErrors.https');
    const problems =
      Object.keys(fields).length > 0 ? { message: t('errors.validation.failed'), fields } : noFormErrors;
    setErrors(problems);
    setSaved(false);
    if (hasFormErrors(problems) || !startsAt) return;
    const note = value('note');
    const body: IntakeInput = {
      startsAt,
      durationMinutes: Number(value('durationMinutes')) || 60,
      ...(mode === 'place' ? { place: where } : { videoUrl: where }),
      ...(note ? { note } : {}),
    };
    action.mutate(
      { kind: 'intake', body },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          const found = formErrorsFrom(error, t, i18n);
          if (
            Object.keys(found.fields).length === 0 &&
            error instanceof ApiRequestError &&
            error.code === 'intake.in_past'
          )
            found.fields.startsAt = t('errors.intake.in_past');
          setErrors(found);
        },
      },
    );
  }

  const labels = {
    startsAt: t('intake.day'),
    place: t('intake.place'),
    videoUrl: t('intake.videoUrl'),
    durationMinutes: t('intake.duration'),
  };
  const intake = person.intake;
  return (
    <section className="card" aria-labelledby="intake-title">
      <h2 className="section-title" id="intake-title">
        {t('intake.title')}
      </h2>
      {intake ? (
        <p className="notice" data-testid="intake-planned">
          {t('intake.planned', { when: format.dateTime(intake.startsAt), minutes: intake.durationMinutes })}{' '}
          {intake.place ? intake.place : null}
          {intake.videoUrl ? <a href={intake.videoUrl}>{intake.videoUrl}</a> : null}
        </p>
      ) : null}
      <form
        className="form"
        noValidate
        onSubmit={submit}
        data-testid="intake-form"
        aria-labelledby="intake-title"
      >
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        {saved ? <StatusMessage tone="success">{t('intake.saved')}</StatusMessage> : null}
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
            label={t('intake.time')}
            step={300}
          />
          <SelectField
            idPrefix={idPrefix}
            name="durationMinutes"
            label={labels.durationMinutes}
            defaultValue="60"
          >
            {durations.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('intake.minutes', { minutes })}
              </option>
            ))}
          </SelectField>
        </div>
        <RadioGroup
          idPrefix={idPrefix}
          name="mode"
          legend={t('intake.where')}
          inline
          options={[
            { value: 'place', label: t('intake.inPerson') },
            { value: 'video', label: t('intake.video') },
          ]}
          value={mode}
          onChange={setMode}
        />
        {mode === 'place' ? (
          <TextField
            idPrefix={idPrefix}
            name="place"
            label={labels.place}
            hint={t('intake.placeHint')}
            error={errors.fields.place}
          />
        ) : (
          <TextField
            idPrefix={idPrefix}
            name="videoUrl"
            type="url"
            label={labels.videoUrl}
            hint={t('intake.videoHint')}
            spellCheck={false}
            error={errors.fields.videoUrl}
          />
        )}
        <TextAreaField
          idPrefix={idPrefix}
          name="note"
          label={`${t('intake.note')} (${t('common.optional').toLowerCase()})`}
          hint={t('intake.noteHint')}
          maxLength={500}
          rows={3}
        />
        <div className="form__actions">
          <SubmitButton label={intake ? t('intake.replan') : t('intake.submit')} pending={action.isPending} />
        </div>
      </form>
    </section>
  );
}
