import { type FormEvent, useState } from 'react';
import type { Meeting } from '../../api/types';
import { useTranslation } from '../../translator';
import { RadioGroup, TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { describedBy, fieldId, TextField } from '../forms/field';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { formErrorsFor } from './form-errors-for';
import { useLogMeeting } from './partnership-queries';
import { meetingTopics } from './partnership-vocabulary';

type Topic = Meeting['topics'][number];
const fieldNames = ['held', 'durationMinutes', 'topics', 'sharedNotes', 'privateNote'];

export function TopicChoices(props: {
  idPrefix: string;
  chosen: Topic[];
  onChange: (topics: Topic[]) => void;
  error?: string | undefined;
  /** A coach reads about the pair ("What did they talk about?"), a participant is spoken to. */
  staff?: boolean;
}) {
  const { idPrefix, chosen, onChange, error, staff = false } = props;
  const { t } = useTranslation();
  const id = fieldId(idPrefix, 'topics');
  return (
    <fieldset
      className={error ? 'choice-group field--invalid' : 'choice-group'}
      aria-describedby={describedBy(id, undefined, error)}
    >
      <legend className="field__label">{t(`partnerships.log.topics${staff ? 'Staff' : ''}`)}</legend>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {meetingTopics.map((topic, index) => (
        <label key={topic} className="choice">
          <input
            type="checkbox"
            id={index === 0 ? id : `${id}-${topic}`}
            checked={chosen.includes(topic)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, topic] : chosen.filter((t) => t !== topic))
            }
          />
          <span>{t(`partnerships.topics.${topic}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Say how a meeting went: held or not, how long, what you talked about, notes for both, and a
 * private note that only the writer and the coach read.
 */
/** The notes of a meeting: shared with the pair and the coach, and one's own private note. */
export function MeetingNotesFields(props: {
  idPrefix: string;
  staff: boolean;
  labels: { sharedNotes: string; privateNote: string };
  errors: FormErrors;
}) {
  const { idPrefix, staff, labels, errors } = props;
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        idPrefix={idPrefix}
        name="sharedNotes"
        rows={3}
        label={labels.sharedNotes}
        hint={t(`partnerships.log.sharedHint${staff ? 'Staff' : ''}`)}
        error={errors.fields.sharedNotes}
      />
      <TextAreaField
        idPrefix={idPrefix}
        name="privateNote"
        rows={3}
        label={labels.privateNote}
        hint={t(staff ? 'partnerships.log.privateHintStaff' : 'partnerships.log.privateHint')}
        error={errors.fields.privateNote}
      />
    </>
  );
}

export function LogMeetingForm({ meeting, staff }: { meeting: Meeting; staff: boolean }) {
  const { t, i18n } = useTranslation();
  const log = useLogMeeting(meeting.id);
  const idPrefix = `log-${meeting.id}`;
  const [held, setHeld] = useState<'yes' | 'no' | ''>('');
  const [topics, setTopics] = useState<Topic[]>([]);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const labels = {
    held: t(`partnerships.log.held${staff ? 'Staff' : ''}`),
    durationMinutes: t('partnerships.log.duration'),
    topics: t(`partnerships.log.topics${staff ? 'Staff' : ''}`),
    sharedNotes: t(`partnerships.log.sharedNotes${staff ? 'Staff' : ''}`),
    privateNote: t('partnerships.log.privateNote'),
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const fields: Record<string, string> = {};
    if (!held) fields.held = t('fieldErrors.choose');
    const duration = Number(text('durationMinutes'));
    if (held === 'yes' && (!Number.isInteger(duration) || duration < 5 || duration > 480))
      fields.durationMinutes = t('errors.meeting.duration_required');
    if (held === 'yes' && topics.length === 0) fields.topics = t('errors.meeting.topics_required');
    if (Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    const sharedNotes = text('sharedNotes');
    const privateNote = text('privateNote');
    log.mutate(
      {
        held: held === 'yes',
        ...(held === 'yes' ? { durationMinutes: duration, topics } : { topics: [] }),
        ...(sharedNotes ? { sharedNotes } : {}),
        ...(privateNote ? { privateNote } : {}),
      },
      { onError: (error) => setErrors(formErrorsFor(error, fieldNames, t, i18n)) },
    );
  }

  return (
    <form className="form log-form" noValidate onSubmit={submit} data-testid="log-meeting-form">
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      <RadioGroup
        idPrefix={idPrefix}
        name="held"
        legend={labels.held}
        inline
        options={[
          { value: 'yes', label: t(`partnerships.log.heldYes${staff ? 'Staff' : ''}`) },
          { value: 'no', label: t('partnerships.log.heldNo') },
        ]}
        value={held}
        onChange={setHeld}
        error={errors.fields.held}
      />
      {held === 'yes' ? (
        <>
          <TextField
            idPrefix={idPrefix}
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            min={5}
            max={480}
            defaultValue={String(meeting.durationMinutes)}
            className="field__input field__input--short"
            label={labels.durationMinutes}
            error={errors.fields.durationMinutes}
          />
          <TopicChoices
            staff={staff}
            idPrefix={idPrefix}
            chosen={topics}
            onChange={setTopics}
            error={errors.fields.topics}
          />
        </>
      ) : null}
      <MeetingNotesFields idPrefix={idPrefix} staff={staff} labels={labels} errors={errors} />
      <div className="form__actions">
        <SubmitButton label={t('partnerships.log.submit')} pending={log.isPending} />
      </div>
    </form>
  );
}
