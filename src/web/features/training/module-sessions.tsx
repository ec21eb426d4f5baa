import { Link } from 'react-router';
import type { Role, TrainingSession } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { Loading, StatusMessage } from '../shell/status-message';
import { SelfRegistration } from './self-registration';
import { SessionFacts } from './session-facts';
import { useModuleSessions } from './training-queries';
import { isParticipant, isTrainingStaff } from './training-vocabulary';
import { useTrainingFormat } from './use-training-format';

interface ModuleSessionsProps {
  moduleId: string;
  moduleTitle: string;
  role: Role;
}

function SessionItem({
  session,
  moduleTitle,
  role,
}: {
  session: TrainingSession;
  moduleTitle: string;
  role: Role;
}) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const context = `${moduleTitle}, ${format.when(session.startsAt, session.endsAt)}`;
  return (
    <li className="session" data-testid="training-session">
      <SessionFacts session={session} />
      {isParticipant(role) ? (
        <p className="session__actions">
          <Link to={`/training/sessions/${encodeURIComponent(session.id)}`}>
            {t('training.sessionDetails')}
            <span className="visually-hidden">{`: ${context}`}</span>
          </Link>
        </p>
      ) : null}
      {isParticipant(role) ? <SelfRegistration sessionId={session.id} context={context} /> : null}
      {isTrainingStaff(role) ? (
        <p className="session__actions">
          <Link to={`/training/sessions/${encodeURIComponent(session.id)}`}>
            {t('training.manageRegistrations')}
            <span className="visually-hidden">{`: ${context}`}</span>
          </Link>
        </p>
      ) : null}
    </li>
  );
}

/** A module's coming sessions; staff can also open the earlier ones to record attendance. */
export function ModuleSessions({ moduleId, moduleTitle, role }: ModuleSessionsProps) {
  const { t, i18n } = useTranslation();
  const sessions = useModuleSessions(moduleId);
  if (sessions.isPending) return <Loading label={t('common.loading')} />;
  if (sessions.isError)
    return <StatusMessage tone="error">{formErrorsFrom(sessions.error, t, i18n).message}</StatusMessage>;
  const now = Date.now();
  const coming = sessions.data.filter((session) => new Date(session.endsAt).getTime() > now);
  const earlier = sessions.data.filter((session) => new Date(session.endsAt).getTime() <= now);
  const list = (items: TrainingSession[]) => (
    <ul className="session-list">
      {items.map((session) => (
        <SessionItem key={session.id} session={session} moduleTitle={moduleTitle} role={role} />
      ))}
    </ul>
  );
  return (
    <>
      {coming.length > 0 ? list(coming) : <p className="empty-state">{t('training.noSessions')}</p>}
      {isTrainingStaff(role) && earlier.length > 0 ? (
        <details className="disclosure">
          <summary>{t('training.earlierSessions')}</summary>
          {list(earlier)}
        </details>
      ) : null}
    </>
  );
}
