import { type FormEvent, useState } from 'react';
import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { RadioGroup, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { TagsInput } from '../forms/tags-input';
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

const idPrefix = 'assessment';
const scores = ['1', '2', '3', '4', '5'] as const;

/** The intake's findings: sector, occupation, skills, languages, motivation, availability, place, needs, notes. */
export function AssessmentForm({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const action = usePersonAction(person.id);
  const isMentor = person.kind === 'mentor';
  const [draft, setDraft] = useState<AssessmentDraft>(() => draftFromPerson(person));
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [saved, setSaved] = useState(false);
  const update = (change: Partial<AssessmentDraft>) => setDraft((current) => ({ ...current, ...change }));
  const fieldErrors = errors.fields;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const fields = checkAssessment(draft, isMentor, t);
    if (Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    action.mutate(
      { kind: 'assessment', body: toAssessmentRequest(draft, isMentor) },
      { onSuccess: () => setSaved(true), onError: (error) => setErrors(formErrorsFrom(error, t, i18n)) },
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
        {saved ? <StatusMessage tone="success">{t('assessment.saved')}</StatusMessage> : null}
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
        <div className="form__actions">
          <SubmitButton label={t('assessment.submit')} pending={action.isPending} />
        </div>
      </form>
    </section>
  );
}
