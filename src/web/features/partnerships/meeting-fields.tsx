import { useState } from 'react';
import type { TFunction } from '../../translator';
import { useTranslation } from '../../translator';
import { RadioGroup } from '../forms/choice-field';
import { SelectField, TextField } from '../forms/field';
import type { FormErrors } from '../forms/form-errors';
import { brusselsDay, brusselsToIso } from './brussels-time';

export type MeetingMode = 'place' | 'video';

/** The fields of a planned meeting by the names the server uses in its error paths. */
export const meetingFieldNames = ['startsAt', 'durationMinutes', 'place', 'videoUrl', 'topic'] as const;

const plannedDurations = [30, 45, 60, 90, 120];

export interface MeetingValues {
  startsAt: string;
  durationMinutes: number;
  place?: string;
  videoUrl?: string;
  topic?: string;
}

/** Reads the meeting fields of a submitted form; the day and time are Brussels time. */
export function readMeetingFields(
  data: FormData,
  mode: MeetingMode,
  t: TFunction,
): { values: MeetingValues | null; fields: Record<string, string> } {
  const value = (name: string) => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry.trim() : '';
  };
  const fields: Record<string, string> = {};
  const startsAt = brusselsToIso(value('startsAt'), value('startsAtTime'));
  if (!startsAt) fields.startsAt = t('fieldErrors.dateTime');
  else if (new Date(startsAt).getTime() <= Date.now()) fields.startsAt = t('errors.meeting.starts_in_past');
  const durationMinutes = Number(value('durationMinutes') || '60');
  const place = mode === 'place' ? value('place') : '';
  const videoUrl = mode === 'video' ? value('videoUrl') : '';
  if (mode === 'place' && !place) fields.place = t('errors.meeting.place_required');
  if (mode === 'video' && !/^https:\/\/\S+$/.test(videoUrl)) fields.videoUrl = t('fieldErrors.https');
  const topic = value('topic');
  if (Object.keys(fields).length > 0 || !startsAt) return { values: null, fields };
  return {
    values: {
      startsAt,
      durationMinutes,
      ...(place ? { place } : {}),
      ...(videoUrl ? { videoUrl } : {}),
      ...(topic ? { topic } : {}),
    },
    fields,
  };
}

export function useMeetingLabels() {
  const { t } = useTranslation();
  return {
    startsAt: t('partnerships.plan.day'),
    durationMinutes: t('partnerships.meeting.duration'),
    place: t('partnerships.meeting.place'),
    videoUrl: t('partnerships.meeting.videoLink'),
    topic: t('partnerships.plan.topic'),
  };
}

interface MeetingFieldsProps {
  idPrefix: string;
  errors: FormErrors;
  mode: MeetingMode;
  onModeChange: (mode: MeetingMode) => void;
}

/**
 * Day, hour (Brussels time) and how long: a planned meeting's from today on (min), one that already
 * took place up to today (max).
 */
export function MeetingWhenFields(props: {
  idPrefix: string;
  errors: FormErrors;
  dayLabel: string;
  durationLabel: string;
  min?: string;
  max?: string;
  durations?: readonly number[];
}) {
  const { idPrefix, errors, dayLabel, durationLabel, min, max, durations = plannedDurations } = props;
  const { t } = useTranslation();
  return (
    <>
      <div className="field-row">
        <TextField
          idPrefix={idPrefix}
          name="startsAt"
          type="date"
          {...(min ? { min } : {})}
          {...(max ? { max } : {})}
          label={dayLabel}
          error={errors.fields.startsAt}
        />
        <TextField
          idPrefix={idPrefix}
          name="startsAtTime"
          type="time"
          step={300}
          label={t('partnerships.plan.time')}
          hint={t('partnerships.plan.timeHint')}
        />
      </div>
      <SelectField
        idPrefix={idPrefix}
        name="durationMinutes"
        label={durationLabel}
        defaultValue="60"
        error={errors.fields.durationMinutes}
      >
        {durations.map((minutes) => (
          <option key={minutes} value={minutes}>
            {t('partnerships.plan.minutes', { minutes })}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** Day, hour (Brussels time), duration, in a place or by video, and what to talk about. */
export function MeetingFields({ idPrefix, errors, mode, onModeChange }: MeetingFieldsProps) {
  const { t } = useTranslation();
  const labels = useMeetingLabels();
  const [today] = useState(() => brusselsDay(new Date()));
  return (
    <>
      <MeetingWhenFields
        idPrefix={idPrefix}
        errors={errors}
        dayLabel={labels.startsAt}
        durationLabel={labels.durationMinutes}
        min={today}
      />
      <RadioGroup
        idPrefix={idPrefix}
        name="mode"
        legend={t('partnerships.plan.where')}
        inline
        options={[
          { value: 'place', label: t('partnerships.plan.inPerson') },
          { value: 'video', label: t('partnerships.plan.byVideo') },
        ]}
        value={mode}
        onChange={onModeChange}
      />
      {mode === 'place' ? (
        <TextField
          idPrefix={idPrefix}
          name="place"
          label={labels.place}
          hint={t('partnerships.plan.placeHint')}
          error={errors.fields.place}
        />
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
      <TextField
        idPrefix={idPrefix}
        name="topic"
        label={labels.topic}
        hint={t('partnerships.plan.topicHint')}
        error={errors.fields.topic}
      />
    </>
  );
}
