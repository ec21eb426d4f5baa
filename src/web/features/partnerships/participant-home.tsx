import { Link } from 'react-router';
import { isOneOf } from '../../../contracts/base-vocabulary';
import { runningStatuses } from '../../../contracts/partnership-vocabulary';
import type { DueItem, ParticipantHome, Partnership } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { Loading, StatusMessage } from '../shell/status-message';
import { AnswerForm } from './answer-form';
import { HelpRequestForm } from './help-request-form';
import { MeetingFacts } from './meeting-facts';
import { PartnershipStatusBadge } from './partnership-badges';
import { useParticipantHome } from './partnership-queries';
import { usePartnershipFormat } from './use-partnership-format';

function DueAction({ due, partnership }: { due: DueItem; partnership: Partnership }) {
  const { t } = useTranslation();
  const format = usePartnershipFormat();
  const base = `/partnerships/${encodeURIComponent(partnership.id)}`;
  if (due.kind === 'answer_introduction')
    return (
      <li className="due-action due-action--form" data-testid="due-answer_introduction">
        <h3 className="due-action__title">{t('partnerships.due.answer_introduction')}</h3>
        <AnswerForm partnership={partnership} />
      </li>
    );
  const target =
    due.kind === 'evaluation'
      ? `${base}/evaluation`
      : due.kind === 'comment_cv'
        ? `/mentee/${encodeURIComponent(partnership.mentee.id)}/cv`
        : due.kind === 'log_meeting'
          ? `${base}#meetings`
          : `${base}#plan-meeting`;
  return (
    <li className="due-action" data-testid={`due-${due.kind}`}>
      <Link className="button button--primary button--large" to={target}>
        {t(`partnerships.due.${due.kind}`)}
      </Link>
      {due.kind === 'log_meeting' && due.since ? (
        <span className="due-action__hint">
          {t('partnerships.due.meetingOf', { when: format.when(due.since) })}
        </span>
      ) : null}
    </li>
  );
}

function PartnershipCard({ partnership, due }: { partnership: Partnership; due: DueItem[] }) {
  const { t } = useTranslation();
  const other = partnership.viewerSide === 'mentor' ? partnership.mentee : partnership.mentor;
  const otherRole = partnership.viewerSide === 'mentor' ? 'mentee' : 'mentor';
  return (
    <section className="card" aria-labelledby={`duo-${partnership.id}`} data-testid="home-partnership">
      <h2 className="section-title" id={`duo-${partnership.id}`}>
        {t('partnerships.home.duoWith', { name: other.name })}
      </h2>
      <p className="person-lead">
        <PartnershipStatusBadge status={partnership.status} />
        <span>{t(`partnerships.stageText.${partnership.stage}`)}</span>
      </p>
      {due.length > 0 ? (
        <div className="due">
          <h3 className="subsection-title" id={`due-${partnership.id}`}>
            {t('partnerships.home.todo')}
          </h3>
          <ul className="due-list">
            {due.map((item) => (
              <DueAction key={`${item.kind}-${item.meetingId ?? ''}`} due={item} partnership={partnership} />
            ))}
          </ul>
        </div>
      ) : null}
      {partnership.nextMeeting ? (
        <div className="next-meeting" data-testid="home-next-meeting">
          <h3 className="subsection-title">
            {t('partnerships.nextMeeting', {
              kind: t(`partnerships.meetingKinds.${partnership.nextMeeting.kind}`),
            })}
          </h3>
          <MeetingFacts meeting={partnership.nextMeeting} />
        </div>
      ) : isOneOf(runningStatuses, partnership.status) ? (
        <p className="muted">{t('partnerships.home.noNextMeeting')}</p>
      ) : null}
      <dl className="facts facts--inline">
        <div className="facts__item">
          <dt>{t(`roles.${otherRole}`)}</dt>
          <dd>
            <span className="contact__name">{other.name}</span>
            {other.email ? (
              <a className="contact__line break-all" href={`mailto:${other.email}`}>
                {other.email}
              </a>
            ) : null}
            {other.phone ? (
              <a className="contact__line" href={`tel:${other.phone.replace(/\s+/g, '')}`}>
                {other.phone}
              </a>
            ) : null}
          </dd>
        </div>
      </dl>
      <p>
        <Link className="button button--secondary" to={`/partnerships/${encodeURIComponent(partnership.id)}`}>
          {t('partnerships.home.openDuo')}
        </Link>
      </p>
    </section>
  );
}

function CoachCard({ coach, paired }: { coach: NonNullable<ParticipantHome['coach']>; paired: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="coach-title" data-testid="home-coach">
      <h2 className="section-title" id="coach-title">
        {t('partnerships.home.coachTitle')}
      </h2>
      <p>
        {paired
          ? t('partnerships.home.coachText', { name: coach.name })
          : t('partnerships.home.coachTextBefore', { name: coach.name })}
      </p>
      <p className="contact">
        <span className="contact__name">{coach.name}</span>
        <a className="contact__line break-all" href={`mailto:${coach.email}`}>
          {coach.email}
        </a>
        {coach.phone ? (
          <a className="contact__line" href={`tel:${coach.phone.replace(/\s+/g, '')}`}>
            {coach.phone}
          </a>
        ) : null}
      </p>
    </section>
  );
}

/** The intake interview the person waits for: when, where or the video link. */
function IntakeCard({ intake }: { intake: NonNullable<ParticipantHome['intake']> }) {
  const { t } = useTranslation();
  const format = usePartnershipFormat();
  return (
    <section className="card" aria-labelledby="intake-title" data-testid="home-intake">
      <h2 className="section-title" id="intake-title">
        {t('partnerships.home.intakeTitle')}
      </h2>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('partnerships.home.intakeWhen')}</dt>
          <dd>
            {format.when(intake.startsAt)} (
            {t('partnerships.home.intakeDuration', { minutes: intake.durationMinutes })})
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('partnerships.home.intakeWhere')}</dt>
          <dd>
            {intake.videoUrl ? (
              <a className="break-all" href={intake.videoUrl}>
                {t('partnerships.home.intakeVideo')}
              </a>
            ) : (
              intake.place
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** A mentee's or mentor's start page: the duo, what to do now, the next meeting, the coach, help. */
export function ParticipantHomeSections() {
  const { t, i18n } = useTranslation();
  const home = useParticipantHome(true);
  if (home.isPending) return <Loading label={t('common.loading')} />;
  if (home.isError)
    return <StatusMessage tone="error">{formErrorsFrom(home.error, t, i18n).message}</StatusMessage>;
  const { partnerships, due, coach, intake } = home.data;
  const current = partnerships.filter((p) => isOneOf(runningStatuses, p.status));
  const shown = current.length > 0 ? current : partnerships.slice(0, 1);
  const helpFor = current[0];
  return (
    <>
      {intake ? <IntakeCard intake={intake} /> : null}
      {shown.length === 0 ? (
        <div className="card prose" data-testid="home-no-duo">
          <p>{t('partnerships.home.noDuo')}</p>
        </div>
      ) : (
        shown.map((partnership) => (
          <PartnershipCard
            key={partnership.id}
            partnership={partnership}
            due={due.filter((item) => item.partnershipId === partnership.id)}
          />
        ))
      )}
      {coach ? <CoachCard coach={coach} paired={partnerships.length > 0} /> : null}
      {helpFor ? <HelpRequestForm partnershipId={helpFor.id} coachName={coach?.name ?? null} /> : null}
    </>
  );
}
