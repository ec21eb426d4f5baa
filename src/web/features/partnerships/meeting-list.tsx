import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Meeting } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { Pagination } from '../paging/pagination';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { Loading, StatusMessage } from '../shell/status-message';
import { LogMeetingForm } from './log-meeting-form';
import { MeetingFacts } from './meeting-facts';
import { meetingPageSize, useCancelMeeting, useMeetings } from './partnership-queries';
import { usePartnershipFormat } from './use-partnership-format';

const statusTones: Record<Meeting['status'], string> = {
  planned: 'pending',
  held: 'success',
  not_held: 'expired',
  cancelled: 'expired',
};

function CancelMeeting({ meeting, label }: { meeting: Meeting; label: string }) {
  const { t, i18n } = useTranslation();
  const cancel = useCancelMeeting(meeting.id);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--danger-quiet button--small"
        onClick={() => setOpen(true)}
      >
        {t('partnerships.meeting.cancel')}
        <span className="visually-hidden">{`: ${label}`}</span>
      </button>
      <ConfirmDialog
        open={open}
        title={t('partnerships.meeting.cancelTitle')}
        confirmLabel={t('partnerships.meeting.cancelConfirm')}
        tone="danger"
        pending={cancel.isPending}
        error={cancel.error ? formErrorsFrom(cancel.error, t, i18n).message : null}
        onConfirm={() => cancel.mutate(undefined, { onSuccess: () => setOpen(false) })}
        onCancel={() => {
          cancel.reset();
          setOpen(false);
        }}
      >
        <p>{t('partnerships.meeting.cancelText', { when: label })}</p>
      </ConfirmDialog>
    </>
  );
}

function MeetingLogged({ meeting, staff }: { meeting: Meeting; staff: boolean }) {
  const { t } = useTranslation();
  const format = usePartnershipFormat();
  return (
    <dl className="facts">
      {meeting.heldMinutes ? (
        <div className="facts__item">
          <dt>{t('partnerships.log.duration')}</dt>
          <dd>{format.minutes(meeting.heldMinutes)}</dd>
        </div>
      ) : null}
      {meeting.topics.length > 0 ? (
        <div className="facts__item">
          <dt>{t('partnerships.log.topics')}</dt>
          <dd>{meeting.topics.map((topic) => t(`partnerships.topics.${topic}`)).join(', ')}</dd>
        </div>
      ) : null}
      {meeting.sharedNotes ? (
        <div className="facts__item">
          <dt>{t('partnerships.log.sharedNotes')}</dt>
          <dd className="pre-line">{meeting.sharedNotes}</dd>
        </div>
      ) : null}
      {meeting.privateNote ? (
        <div className="facts__item">
          <dt>{t('partnerships.log.ownPrivateNote')}</dt>
          <dd className="pre-line">{meeting.privateNote}</dd>
        </div>
      ) : null}
      {staff
        ? meeting.privateNotes.map((note) => (
            <div className="facts__item" key={`${note.author}-${note.text.slice(0, 20)}`}>
              <dt>{t('partnerships.log.privateNoteOf', { name: note.author })}</dt>
              <dd className="pre-line">{note.text}</dd>
            </div>
          ))
        : null}
    </dl>
  );
}

function MeetingItem(props: { meeting: Meeting; staff: boolean; canAct: boolean; openLog: boolean }) {
  const { meeting, staff, canAct, openLog } = props;
  const { t } = useTranslation();
  const format = usePartnershipFormat();
  const label = `${t(`partnerships.meetingKinds.${meeting.kind}`)}, ${format.when(meeting.startsAt)}`;
  const started = new Date(meeting.startsAt).getTime() <= Date.now();
  const toLog = canAct && meeting.status === 'planned' && started;
  return (
    <li className="meeting" data-testid="meeting" data-status={meeting.status}>
      <div className="meeting__header">
        <h3 className="meeting__title">{t(`partnerships.meetingKinds.${meeting.kind}`)}</h3>
        <span className={`badge badge--${statusTones[meeting.status]}`}>
          {toLog ? t('partnerships.meeting.toLog') : t(`partnerships.meetingStatuses.${meeting.status}`)}
        </span>
      </div>
      <MeetingFacts meeting={meeting} />
      {meeting.loggedAt && (meeting.origin === 'recorded' || meeting.enteredLate) ? (
        <p className="meeting__entered" data-testid="meeting-entered">
          {t(meeting.enteredLate ? 'partnerships.meeting.enteredLate' : 'partnerships.meeting.recorded', {
            when: format.day(meeting.loggedAt),
          })}
        </p>
      ) : null}
      {meeting.status === 'held' || meeting.status === 'not_held' ? (
        <MeetingLogged meeting={meeting} staff={staff} />
      ) : null}
      {toLog ? (
        <details className="disclosure meeting__log" open={openLog}>
          <summary>
            {t('partnerships.log.title')}
            <span className="visually-hidden">{`: ${label}`}</span>
          </summary>
          <LogMeetingForm meeting={meeting} staff={staff} />
        </details>
      ) : null}
      {canAct && meeting.status === 'planned' ? (
        <div className="row-actions">
          <CancelMeeting meeting={meeting} label={label} />
        </div>
      ) : null}
    </li>
  );
}

/** The pair's meetings, newest first, a page at a time; past planned ones carry their log form. */
export function MeetingList({
  partnershipId,
  staff,
  canAct,
}: {
  partnershipId: string;
  staff: boolean;
  canAct: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const pageValue = Number.parseInt(params.get('meetings') ?? '1', 10);
  const page = Number.isFinite(pageValue) && pageValue > 0 ? pageValue : 1;
  const meetings = useMeetings(partnershipId, page);
  // The oldest meeting still to log opens its form; the others wait behind their summary.
  const firstToLog = meetings.data?.items
    .filter((m) => m.status === 'planned' && new Date(m.startsAt).getTime() <= Date.now())
    .at(-1)?.id;
  return (
    <section className="card" aria-labelledby="meetings-title" id="meetings">
      <h2 className="section-title" id="meetings-title">
        {t('partnerships.meetingsTitle')}
      </h2>
      {meetings.isPending ? (
        <Loading label={t('common.loading')} />
      ) : meetings.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(meetings.error, t, i18n).message}</StatusMessage>
      ) : meetings.data.items.length === 0 ? (
        <p className="empty-state">{t('partnerships.noMeetings')}</p>
      ) : (
        <>
          <ul className="meeting-list">
            {meetings.data.items.map((meeting) => (
              <MeetingItem
                key={meeting.id}
                meeting={meeting}
                staff={staff}
                canAct={canAct}
                openLog={meeting.id === firstToLog}
              />
            ))}
          </ul>
          <Pagination
            page={page}
            pageSize={meetingPageSize}
            total={meetings.data.total}
            param="meetings"
            label={t('partnerships.meetingsPaging')}
          />
        </>
      )}
    </section>
  );
}
