import { type FormEvent, useState } from 'react';
import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { RadioGroup, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { TagsInput } from '../forms/tags-input';
import { useFormatters } from '../locale/use-formatters';
import { brusselsToIso } from '../partnerships/brussels-time';
import { ReferenceMultiPicker } from '../reference/reference-multi-picker';
import { ReferencePicker } from '../reference/reference-picker';
import { StatusMessage } from '../shell/status-message';
import { MeetingPreferencesFields, TrainingNeedsField } from './assessment-choices';
import {
  type AssessmentDraft,
  checkAssessment,
  draftFromPerson,
  toAssessmentRequest,
} from './assessment-draft';
import { AssessmentLanguages } from './assessment-languages';
import { AvailabilityGrid } from './availability-grid';
import { usePersonAction } from './people-queries';

const brusselsClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Now in Brussels as the values of a date and a time input. */
function nowInBrussels(): { day: string; time: string } {
  const parts = Object.fromEntries(brusselsClock.formatToParts(new Date()).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const idPrefix = 'assessment';
const scores = ['1', '2', '3', '4', '5'] as const;

/** The intake's findings: sector, occupation, skills, languages, motivation, availability, place, needs, notes. */
export function AssessmentForm({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const action = usePersonAction(person.id);
  const isMentor = person.kind === 'mentor';
  const [draft, setDraft] = useState<AssessmentDraft>(() => draftFromPerson(person));
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [saved, setSaved] = useState<'assessment' | 'held' | null>(null);
  const update = (change: Partial<AssessmentDraft>) => setDraft((current) => ({ ...current, ...change }));
  const fieldErrors = errors.fields;
  const format = useFormatters();
  const intake = person.intake;
  // Until the intake took place, the coach may record it as held here (a walk-in, told afterwards).
  const intakeAhead =
    ['applied', 'intake_planned'].includes(person.status) &&
    !intake?.heldAt &&
    (!intake || new Date(intake.startsAt).getTime() > Date.now());
  const [held, setHeld] = useState(false);
  const [heldDefaults] = useState(() => nowInBrussels());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const fields = checkAssessment(draft, isMentor, t);
    if (Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    const data = new FormData(event.currentTarget);
    const heldAt = held
      ? brusselsToIso(String(data.get('heldDay') ?? ''), String(data.get('heldTime') ?? ''))
      : null;
    if (held && (!heldAt || new Date(heldAt).getTime() > Date.now())) {
      setErrors({
        message: t('errors.validation.failed'),
        fields: { heldAt: heldAt ? t('errors.intake.in_future') : t('fieldErrors.dateTime') },
      });
      return;
    }
    setErrors(noFormErrors);
    const assessment = toAssessmentRequest(draft, isMentor);
    action.mutate(
      heldAt
        ? {
            kind: 'heldIntake',
            body: { heldAt, durationMinutes: Number(data.get('heldDuration') || 60), assessment },
          }
        : { kind: 'assessment', body: assessment },
      {
        onSuccess: () => {
          setSaved(heldAt ? 'held' : 'assessment');
          setHeld(false);
        },
        onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
      },
    );
  }

  const labels: Record<string, string> = Object.fromEntries(
    Object.keys(fieldErrors).map((field) => [
      field,
      t(`assessment.fields.${field.split('.')[0]}`, { defaultValue: field }),
    ]),
  );
  return (
    <section className="card" aria-labelledby="assessment-title">
      <h2 className="section-title" id="assessment-title">
        {t('assessment.title')}
      </h2>
      <form
        className="form"
        noValidate
        onSubmit={submit}
        data-testid="assessment-form"
        aria-labelledby="assessment-title"
      >
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        {saved ? (
          <StatusMessage tone="success">
            {t(saved === 'held' ? 'assessment.heldSaved' : 'assessment.saved')}
          </StatusMessage>
        ) : null}
        <div className="grid-2 grid-2--tight">
          <ReferencePicker
            kind="sectors"
            idPrefix={idPrefix}
            name="sectorCode"
            label={t('assessment.fields.sectorCode')}
            value={draft.sectorCode}
            error={fieldErrors.sectorCode}
            onChange={(item) => update({ sectorCode: item?.code ?? null })}
          />
          <ReferencePicker
            kind="occupations"
            idPrefix={idPrefix}
            name="occupationCode"
            label={t('assessment.fields.occupationCode')}
            value={draft.occupationCode}
            error={fieldErrors.occupationCode}
            onChange={(item) => update({ occupationCode: item?.code ?? null })}
          />
        </div>
        <ReferenceMultiPicker
          kind="skills"
          idPrefix={idPrefix}
          name="skillUris"
          label={t('assessment.fields.skillUris')}
          hint={t('assessment.skillsHint')}
          value={draft.skills}
          onChange={(skills) => update({ skills })}
          error={fieldErrors.skillUris}
        />
        <TagsInput
          idPrefix={idPrefix}
          name="tags"
          label={t('assessment.fields.tags')}
          hint={t('assessment.tagsHint')}
          maxLength={40}
          value={draft.tags}
          onChange={(tags) => update({ tags })}
          error={fieldErrors.tags}
        />
        <AssessmentLanguages
          idPrefix={idPrefix}
          value={draft.languages}
          onChange={(languages) => update({ languages })}
          errors={fieldErrors}
        />
        <TagsInput
          idPrefix={idPrefix}
          name="interests"
          label={t('assessment.fields.interests')}
          value={draft.interests}
          onChange={(interests) => update({ interests })}
          error={fieldErrors.interests}
        />
        <RadioGroup
          idPrefix={idPrefix}
          name="motivation"
          legend={t('assessment.fields.motivation')}
          hint={t('assessment.motivationHint')}
          inline
          options={scores.map((value) => ({ value, label: value }))}
          value={draft.motivation}
          onChange={(motivation) => update({ motivation })}
          error={fieldErrors.motivation}
        />
        <AvailabilityGrid
          idPrefix={idPrefix}
          value={draft.availability}
          onChange={(availability) => update({ availability })}
        />
        <ReferencePicker
          kind="postcodes"
          idPrefix={idPrefix}
          name="postcode"
          label={t('assessment.fields.postcode')}
          value={draft.postcode}
          error={fieldErrors.postcode}
          onChange={(item) => update({ postcode: item?.code ?? null })}
        />
        <MeetingPreferencesFields
          idPrefix={idPrefix}
          value={{ inPerson: draft.inPerson, online: draft.online, meetingNotes: draft.meetingNotes }}
          onChange={update}
        />
        <TrainingNeedsField
          idPrefix={idPrefix}
          value={draft.trainingNeeds}
          onChange={(trainingNeeds) => update({ trainingNeeds })}
        />
        {isMentor ? (
          <div className="grid-2 grid-2--tight">
            <TextField
              idPrefix={idPrefix}
              name="capacity"
              type="number"
              min={1}
              max={5}
              label={t('assessment.fields.capacity')}
              value={draft.capacity}
              onChange={(event) => update({ capacity: event.target.value })}
              error={fieldErrors.capacity}
            />
            <TextField
              idPrefix={idPrefix}
              name="yearsOfExperience"
              inputMode="numeric"
              label={t('assessment.fields.yearsOfExperience')}
              value={draft.yearsOfExperience}
              onChange={(event) => update({ yearsOfExperience: event.target.value })}
              error={fieldErrors.yearsOfExperience}
            />
          </div>
        ) : null}
        <TextAreaField
          idPrefix={idPrefix}
          name="notes"
          label={t('assessment.fields.notes')}
          hint={t('assessment.notesHint')}
          maxLength={4000}
          value={draft.notes}
          onChange={(event) => update({ notes: event.target.value })}
          error={fieldErrors.notes}
        />
        {intake?.heldAt ? (
          <p className="field__hint" data-testid="intake-held">
            {t('assessment.heldOn', {
              when: format.dateTime(intake.heldAt),
              recorded: format.date(intake.recordedAt ?? intake.heldAt),
            })}
          </p>
        ) : null}
        {intakeAhead ? (
          <fieldset className="choice-group" data-testid="intake-held-fields">
            <legend className="field__label">{t('assessment.heldTitle')}</legend>
            {intake && !held ? (
              <p className="field__hint">
                {t('assessment.preparation', { when: format.dateTime(intake.startsAt) })}
              </p>
            ) : null}
            <label className="choice">
              <input type="checkbox" checked={held} onChange={(event) => setHeld(event.target.checked)} />
              <span>{t('assessment.heldCheck')}</span>
            </label>
            {held ? (
              <div className="field-row">
                <TextField
                  idPrefix={idPrefix}
                  name="heldDay"
                  type="date"
                  max={heldDefaults.day}
                  defaultValue={heldDefaults.day}
                  label={t('assessment.heldDay')}
                  error={fieldErrors.heldAt}
                />
                <TextField
                  idPrefix={idPrefix}
                  name="heldTime"
                  type="time"
                  step={300}
                  defaultValue={heldDefaults.time}
                  label={t('assessment.heldTime')}
                />
                <TextField
                  idPrefix={idPrefix}
                  name="heldDuration"
                  type="number"
                  inputMode="numeric"
                  min={15}
                  max={240}
                  defaultValue="60"
                  className="field__input field__input--short"
                  label={t('assessment.heldDuration')}
                />
              </div>
            ) : null}
          </fieldset>
        ) : null}
        <div className="form__actions">
          <SubmitButton label={t('assessment.submit')} pending={action.isPending} />
        </div>
      </form>
    </section>
  );
}
