import { Link, useParams } from 'react-router';
import { isOneOf } from '../../contracts/base-vocabulary';
import { runningStatuses, staffPlannableMeetingKinds } from '../../contracts/partnership-vocabulary';
import { ApiRequestError } from '../api/client';
import type { Meeting, Partnership } from '../api/types';
import { useSession } from '../features/auth/session';
import { formErrorsFrom } from '../features/forms/form-errors';
import { AnswerForm } from '../features/partnerships/answer-form';
import { EvaluationAnswers } from '../features/partnerships/evaluation-answers';
import { FollowUpPanel } from '../features/partnerships/follow-up-panel';
import { HelpRequestForm } from '../features/partnerships/help-request-form';
import { MeetingFacts } from '../features/partnerships/meeting-facts';
import { MeetingList } from '../features/partnerships/meeting-list';
import {
  PartnershipHistory,
  PartnershipOverview,
  PartnershipTimeline,
} from '../features/partnerships/partnership-overview';
import { usePartnership } from '../features/partnerships/partnership-queries';
import { meetingStatusesOfPair } from '../features/partnerships/partnership-vocabulary';
import { PlanMeetingForm } from '../features/partnerships/plan-meeting-form';
import { RecordMeetingForm } from '../features/partnerships/record-meeting-form';
import { StaffSteps } from '../features/partnerships/staff-steps';
import { NotFoundPage } from '../features/shell/not-found-page';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

/** Which kinds of meeting the viewer may plan now (the coach plans introduction and evaluation). */
function plannableKinds(partnership: Partnership, staff: boolean): Meeting['kind'][] {
  if (!isOneOf(runningStatuses, partnership.status)) return [];
  if (staff) return partnership.status === 'proposed' ? ['introduction'] : [...staffPlannableMeetingKinds];
  return meetingStatusesOfPair.includes(partnership.status) ? ['regular'] : [];
}

/** Which kinds of meeting the viewer may record after the fact (the coach also the introduction and evaluation). */
function recordableKinds(partnership: Partnership, staff: boolean): Meeting['kind'][] {
  if (!isOneOf(runningStatuses, partnership.status)) return [];
  if (partnership.status === 'proposed') return staff ? ['introduction'] : [];
  if (!staff) return ['regular'];
  return partnership.status === 'closing' ? ['regular', 'evaluation'] : ['regular', 'introduction'];
}

function NextMeeting({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <section className="card card--highlight" aria-labelledby="next-meeting-title" data-testid="next-meeting">
      <h2 className="section-title" id="next-meeting-title">
        {t('partnerships.nextMeeting', { kind: t(`partnerships.meetingKinds.${meeting.kind}`) })}
      </h2>
      <MeetingFacts meeting={meeting} />
    </section>
  );
}

function ParticipantSections({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const side = partnership.viewerSide;
  const ownAnswer = side ? partnership.responses[side] : null;
  return (
    <>
      {partnership.status === 'introduced' && !ownAnswer ? (
        <section className="card card--action" aria-labelledby="answer-title">
          <h2 className="section-title" id="answer-title">
            {t('partnerships.answer.title')}
          </h2>
          <p>{t('partnerships.answer.lead')}</p>
          <AnswerForm partnership={partnership} />
        </section>
      ) : null}
      {partnership.status === 'closing' ? (
        <section className="card card--action" aria-labelledby="evaluation-link-title">
          <h2 className="section-title" id="evaluation-link-title">
            {t('partnerships.evaluation.title')}
          </h2>
          <p>{t('partnerships.evaluation.invite')}</p>
          <Link className="button button--primary" to={`/partnerships/${partnership.id}/evaluation`}>
            {t('partnerships.evaluation.open')}
          </Link>
        </section>
      ) : null}
    </>
  );
}

function PartnershipPage({ partnership, staff }: { partnership: Partnership; staff: boolean }) {
  const { t } = useTranslation();
  const other = partnership.viewerSide === 'mentor' ? partnership.mentee : partnership.mentor;
  const title = staff
    ? t('partnerships.titleStaff', { mentee: partnership.mentee.name, mentor: partnership.mentor.name })
    : t('partnerships.title', { name: other.name });
  const kinds = plannableKinds(partnership, staff);
  const recordable = recordableKinds(partnership, staff);
  const canAct = isOneOf(runningStatuses, partnership.status);
  return (
    <Page
      title={title}
      lead={t(staff ? 'partnerships.leadStaff' : 'partnerships.lead')}
      actions={
        <Link className="button button--quiet" to={staff ? '/partnerships/health' : '/'}>
          {t(staff ? 'partnerships.backToHealth' : 'partnerships.backHome')}
        </Link>
      }
    >
      <div className={staff ? 'split' : 'stack'}>
        <div className="split__main">
          <PartnershipOverview partnership={partnership} />
          {staff ? null : <ParticipantSections partnership={partnership} />}
          {partnership.nextMeeting ? <NextMeeting meeting={partnership.nextMeeting} /> : null}
          <MeetingList partnershipId={partnership.id} staff={staff} canAct={canAct} />
          {kinds.length > 0 ? (
            <PlanMeetingForm partnershipId={partnership.id} menteeId={partnership.mentee.id} kinds={kinds} />
          ) : null}
          {recordable.length > 0 ? (
            <RecordMeetingForm partnershipId={partnership.id} kinds={recordable} staff={staff} />
          ) : null}
          {!staff && canAct ? (
            <HelpRequestForm partnershipId={partnership.id} coachName={partnership.coach?.name ?? null} />
          ) : null}
          <PartnershipTimeline partnership={partnership} />
        </div>
        {staff ? (
          <div className="split__side">
            <StaffSteps partnership={partnership} />
            <FollowUpPanel partnership={partnership} />
            {['closing', 'completed'].includes(partnership.status) ? (
              <EvaluationAnswers partnershipId={partnership.id} />
            ) : null}
            <PartnershipHistory partnership={partnership} />
          </div>
        ) : null}
      </div>
    </Page>
  );
}

/** /partnerships/:id (the pair and their coach, admins): the duo, its meetings and its steps. */
export function PartnershipRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data: session } = useSession();
  const partnership = usePartnership(id);
  if (!session) return null;
  if (partnership.isPending) return <Loading label={t('common.loading')} />;
  if (partnership.isError) {
    const error = partnership.error;
    if (error instanceof ApiRequestError && (error.status === 404 || error.status === 400))
      return <NotFoundPage />;
    return <StatusMessage tone="error">{formErrorsFrom(error, t, i18n).message}</StatusMessage>;
  }
  const staff = session.user.role === 'admin' || session.user.role === 'coach';
  return <PartnershipPage partnership={partnership.data} staff={staff} />;
}
