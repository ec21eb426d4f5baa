import { type FormEvent, useState } from 'react';
import type { TFunction } from '../../translator';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { TagsInput } from '../forms/tags-input';
import { type ChosenItem, ReferenceMultiPicker } from '../reference/reference-multi-picker';
import { useSaveCv } from './career-queries';
import type { CvEditorContent, CvOverview, CvVersion } from './career-types';
import { emptyCv } from './cv-draft';
import { EducationEditor, ExperienceEditor } from './cv-experience-editor';
import { LanguagesEditor } from './cv-languages-editor';

/** A server field path ("content.languages.foreign.0.code") as the editor's field name ("foreign.0.code"). */
function summaryName(path: string): string {
  return path
    .replace(/^content\./, '')
    .replace(/^languages\.foreign\.(\d+)\./, 'foreign.$1.')
    .replace(/^languages\.motherTongues\.(\d+)$/, 'mother.$1.code');
}

/** The words for a field of the summary; none for a field the message alone explains. */
function summaryLabel(name: string, t: TFunction): string | null {
  if (name === 'profile') return t('career.sections.profile');
  const item = /^(experience|education)\.(\d+)\.(\w+)$/.exec(name);
  if (item)
    return `${t(`career.sections.${item[1]}`)} ${Number(item[2]) + 1}: ${t(`career.fields.${item[3]}`)}`;
  const foreign = /^foreign\.(\d+)\./.exec(name);
  if (foreign) return `${t('career.fields.foreignLanguage')} ${Number(foreign[1]) + 1}`;
  if (name.startsWith('mother.')) return t('career.fields.motherTongue');
  return null;
}

/** Which contact details are printed under the name: the name always, the others as the mentee chooses. */
function CvContactChoice({
  value,
  details,
  onChange,
}: {
  value: CvEditorContent['contact'];
  details: CvOverview['contactDetails'];
  onChange: (contact: CvEditorContent['contact']) => void;
}) {
  const { t } = useTranslation();
  const options = [
    ['phone', details.phone],
    ['email', details.email],
    ['town', details.town],
  ] as const;
  return (
    <fieldset className="cv-editor__section choice-group" data-testid="cv-contact">
      <legend className="subsection-title">{t('career.contact.legend')}</legend>
      <p className="field__hint">{t('career.contact.hint')}</p>
      {options.map(([key, shown]) => (
        <label key={key} className="choice">
          <input
            type="checkbox"
            name={`contact-${key}`}
            checked={value[key] && Boolean(shown)}
            disabled={!shown}
            onChange={(event) => onChange({ ...value, [key]: event.target.checked })}
          />
          {t(`career.contact.${key}`)}
          {shown ? (
            <span className="muted break-all"> ({shown})</span>
          ) : (
            <span className="muted"> ({t('career.contact.unknown')})</span>
          )}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The CV editor of the mentee (or their coach): every section, items added and removed, the ESCO
 * skill search, the CEFR grid as selects. Saving makes a new version; the old one stays as it was.
 */
export function CvEditor({
  menteeId,
  current,
  draft,
  contactDetails,
  onSaved,
}: {
  menteeId: string;
  current: CvVersion | null;
  /** The pre-filled first version, while there is none. */
  draft: CvOverview['draft'];
  contactDetails: CvOverview['contactDetails'];
  onSaved: (number: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSaveCv(menteeId);
  const start = current ?? draft;
  const [cv, setCv] = useState<CvEditorContent>(() => {
    if (current) return current.content;
    if (!draft) return emptyCv();
    const { skillLabels: _labels, ...content } = draft;
    return content;
  });
  const [skills, setSkills] = useState<ChosenItem[]>(() => {
    if (!start) return [];
    const esco = 'content' in start ? start.content.skills.esco : start.skills.esco;
    return esco.map((code) => ({ code, label: start.skillLabels[code] ?? code }));
  });
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const set = (changes: Partial<CvEditorContent>) => setCv((previous) => ({ ...previous, ...changes }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const content = { ...cv, skills: { ...cv.skills, esco: skills.map((s) => s.code) } };
    // Not mutate's own callbacks: the saved version refreshes the CV, the page gives the editor a new
    // key, and callbacks of an unmounted editor never run (the editor stayed open after saving).
    save.mutateAsync({ basedOn: current?.number ?? null, content }).then(
      (saved) => onSaved(saved.number),
      (error: unknown) => setErrors(formErrorsFrom(error, t, i18n)),
    );
  }

  const fields = errors.fields;
  // The summary links each message to its field and names it in words ("Werkervaring 1: Van (maand)").
  const summary: FormErrors = {
    message: errors.message,
    fields: Object.fromEntries(Object.entries(fields).map(([path, message]) => [summaryName(path), message])),
  };
  const labels = Object.fromEntries(
    Object.keys(summary.fields).flatMap((name) => {
      const label = summaryLabel(name, t);
      return label ? [[name, label]] : [];
    }),
  );
  return (
    <form className="form cv-editor" noValidate onSubmit={submit} aria-label={t('career.editorTitle')}>
      <ErrorSummary errors={summary} idPrefix="cv" labels={labels} />
      {!current && draft ? <p className="muted">{t('career.prefilledHint')}</p> : null}
      <CvContactChoice value={cv.contact} details={contactDetails} onChange={(contact) => set({ contact })} />
      <TextAreaField
        idPrefix="cv"
        name="profile"
        label={t('career.sections.profile')}
        hint={t('career.profileHint')}
        value={cv.profile}
        dir="auto"
        maxLength={3000}
        rows={5}
        error={fields['content.profile']}
        onChange={(e) => set({ profile: e.target.value })}
      />
      <ExperienceEditor
        items={cv.experience}
        onChange={(experience) => set({ experience })}
        errors={fields}
      />
      <EducationEditor items={cv.education} onChange={(education) => set({ education })} errors={fields} />
      <fieldset className="cv-editor__section">
        <legend className="subsection-title">{t('career.sections.skills')}</legend>
        <ReferenceMultiPicker
          kind="skills"
          idPrefix="cv"
          name="skills"
          label={t('career.fields.escoSkills')}
          hint={t('career.fields.escoHint')}
          value={skills}
          onChange={setSkills}
          max={50}
        />
        <TagsInput
          idPrefix="cv"
          name="freeSkills"
          label={t('career.fields.freeSkills')}
          value={cv.skills.free}
          max={50}
          maxLength={80}
          onChange={(free) => set({ skills: { ...cv.skills, free } })}
        />
      </fieldset>
      <LanguagesEditor value={cv.languages} onChange={(languages) => set({ languages })} errors={fields} />
      <TagsInput
        idPrefix="cv"
        name="talents"
        label={t('career.sections.talents')}
        value={cv.talents}
        max={20}
        maxLength={200}
        onChange={(talents) => set({ talents })}
      />
      <TagsInput
        idPrefix="cv"
        name="interests"
        label={t('career.sections.interests')}
        value={cv.interests}
        max={20}
        maxLength={200}
        onChange={(interests) => set({ interests })}
      />
      <div className="form__actions">
        <SubmitButton label={t('career.saveVersion')} pending={save.isPending} />
      </div>
    </form>
  );
}
