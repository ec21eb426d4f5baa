import { type FormEvent, useState } from 'react';
import type { Meeting } from '../../api/types';
import { useTranslation } from '../../translator';
import { RadioGroup } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { brusselsDay, brusselsToIso } from './brussels-time';
import { formErrorsFor } from './form-errors-for';
import { MeetingNotesFields, TopicChoices } from './log-meeting-form';
import { MeetingWhenFields } from './meeting-fields';
import { useRecordMeeting } from './partnership-queries';

type Kind = Meeting['kind'];
type Topic = Meeting['topics'][number];
const fieldNames = ['kind', 'startsAt', 'durationMinutes', 'place', 'topics', 'sharedNotes', 'privateNote'];
const durations = [30, 45, 60, 75, 90, 120];

/**
 * Record a meeting that already took place (the pair met and tells it afterwards), in one step: the
 * day and time it happened, how long, the topics and notes. It counts on the day it took place.
 */
export function RecordMeetingForm({
  partnershipId,
  kinds,
  staff,
}: {
  partnershipId: string;
  /** What the viewer may record: a regular meeting, and for the coach the introduction and evaluation. */
  kinds: readonly Kind[];
  staff: boolean;
}) {
  const { t, i18n } = useTranslation();
  const record = useRecordMeeting(partnershipId);
  const idPrefix = `record-${partnershipId}`;
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'regular');
  const [topics, setTopics] = useState<Topic[]>([]);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [saved, setSaved] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [today] = useState(() => brusselsDay(new Date()));
  const labels = {
    kind: t('partnerships.plan.kind'),
    startsAt: t('partnerships.record.day'),
    durationMinutes: t('partnerships.meeting.duration'),
    place: t('partnerships.record.place'),
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
    const startsAt = brusselsToIso(text('startsAt'), text('startsAtTime'));
    if (!startsAt) fields.startsAt = t('fieldErrors.dateTime');
    else if (new Date(startsAt).getTime() > Date.now())
      fields.startsAt = t('errors.meeting.starts_in_future');
    if (topics.length === 0) fields.topics = t('errors.meeting.topics_required');
    setSaved(false);
    if (Object.keys(fields).length > 0 || !startsAt) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    const place = text('place');
    const sharedNotes = text('sharedNotes');
    const privateNote = text('privateNote');
    record.mutate(
      {
        kind,
        startsAt,
        durationMinutes: Number(text('durationMinutes') || '60'),
        topics,
        ...(place ? { place } : {}),
        ...(sharedNotes ? { sharedNotes } : {}),
        ...(privateNote ? { privateNote } : {}),
      },
      {
        onSuccess: () => {
          setSaved(true);
          setTopics([]);
          setFormKey((key) => key + 1);
        },
        onError: (error) => setErrors(formErrorsFor(error, fieldNames, t, i18n)),
      },
    );
  }

  return (
    <section className="card" id="record-meeting" aria-labelledby={`${idPrefix}-title`}>
      <h2 className="section-title" id={`${idPrefix}-title`}>
        {t('partnerships.record.title')}
      </h2>
      <p className="section-lead">
        {t(staff ? 'partnerships.record.leadStaff' : 'partnerships.record.lead')}
      </p>
      {saved ? (
        <StatusMessage tone="success" testId="meeting-recorded">
          {t('partnerships.record.done')}
        </StatusMessage>
      ) : null}
      <form key={formKey} className="form" noValidate onSubmit={submit} data-testid="record-meeting-form">
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        {kinds.length > 1 ? (
          <RadioGroup
            idPrefix={idPrefix}
            name="kind"
            legend={labels.kind}
            options={kinds.map((value) => ({ value, label: t(`partnerships.meetingKinds.${value}`) }))}
            value={kind}
            onChange={setKind}
            error={errors.fields.kind}
          />
        ) : null}
        <MeetingWhenFields
          idPrefix={idPrefix}
          errors={errors}
          dayLabel={labels.startsAt}
          durationLabel={labels.durationMinutes}
          max={today}
          durations={durations}
        />
        <TextField idPrefix={idPrefix} name="place" label={labels.place} error={errors.fields.place} />
        <TopicChoices
          staff={staff}
          idPrefix={idPrefix}
          chosen={topics}
          onChange={setTopics}
          error={errors.fields.topics}
        />
        <MeetingNotesFields idPrefix={idPrefix} staff={staff} labels={labels} errors={errors} />
        <div className="form__actions">
          <SubmitButton label={t('partnerships.record.submit')} pending={record.isPending} />
        </div>
      </form>
    </section>
  );
}
