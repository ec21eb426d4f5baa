import type { Meeting } from '../../api/types';
import { useTranslation } from '../../translator';
import { usePartnershipFormat } from './use-partnership-format';

/** When and where a meeting is: the day and hour in Brussels time, the place or the video link. */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const format = usePartnershipFormat();
  return (
    <dl className="facts meeting-facts">
      <div className="facts__item">
        <dt>{t('partnerships.meeting.when')}</dt>
        <dd>
          {format.when(meeting.startsAt)}
          <span className="muted">{` (${t('partnerships.meeting.brusselsTime')})`}</span>
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('partnerships.meeting.duration')}</dt>
        <dd>{format.minutes(meeting.durationMinutes)}</dd>
      </div>
      <div className="facts__item">
        <dt>{meeting.videoUrl ? t('partnerships.meeting.videoLink') : t('partnerships.meeting.place')}</dt>
        <dd className="break-all">
          {meeting.videoUrl ? (
            <a href={meeting.videoUrl} target="_blank" rel="noreferrer noopener">
              {t('partnerships.meeting.joinVideo')}
              <span className="visually-hidden">{` (${t('partnerships.meeting.opensNewWindow')})`}</span>
            </a>
          ) : (
            (meeting.place ?? '—')
          )}
        </dd>
      </div>
      {meeting.topic ? (
        <div className="facts__item">
          <dt>{t('partnerships.meeting.topic')}</dt>
          <dd>{meeting.topic}</dd>
        </div>
      ) : null}
    </dl>
  );
}
