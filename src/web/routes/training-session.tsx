import { Link, useParams } from 'react-router';
import type { Role, TrainingSessionDetail } from '../api/types';
import { useSession } from '../features/auth/session';
import { formErrorsFrom } from '../features/forms/form-errors';
import { NotFoundPage } from '../features/shell/not-found-page';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { RegisterPersonForm } from '../features/training/register-person-form';
import { RegistrationTable } from '../features/training/registration-table';
import { SelfRegistration } from '../features/training/self-registration';
import { SessionFacts } from '../features/training/session-facts';
import { useSessionRegistrations, useTrainingSession } from '../features/training/training-queries';
import { isParticipant, isTrainingStaff, localizedText } from '../features/training/training-vocabulary';
import { useTrainingFormat } from '../features/training/use-training-format';
import { useTranslation } from '../translator';

function Registrations({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const registrations = useSessionRegistrations(sessionId);
  return (
    <section className="card" aria-labelledby="registrations-title">
      <h2 className="section-title" id="registrations-title">
        {t('training.registrationsTitle')}
      </h2>
      {registrations.isPending ? (
        <Loading label={t('common.loading')} />
      ) : registrations.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(registrations.error, t, i18n).message}</StatusMessage>
      ) : (
        <RegistrationTable registrations={registrations.data} />
      )}
    </section>
  );
}

function SessionPage({ detail, role }: { detail: TrainingSessionDetail; role: Role }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const { session, module } = detail;
  const title = localizedText(module.title, format.locale);
  const when = format.when(session.startsAt, session.endsAt);
  return (
    <Page
      title={title}
      lead={when}
      actions={
        <Link className="button button--quiet" to="/training">
          {t('training.back')}
        </Link>
      }
    >
      <section className="card" aria-labelledby="session-title">
        <h2 className="section-title" id="session-title">
          {t('training.sessionTitle')}
        </h2>
        <p>{localizedText(module.description, format.locale)}</p>
        <SessionFacts
          session={session}
          showLink={isTrainingStaff(role) || detail.mine?.status === 'registered'}
        />
        {isParticipant(role) ? (
          <SelfRegistration
            key={detail.mine?.id ?? 'none'}
            sessionId={session.id}
            context={`${title}, ${when}`}
            mine={detail.mine}
          />
        ) : null}
      </section>
      {isTrainingStaff(role) ? (
        <>
          <Registrations sessionId={session.id} />
          <RegisterPersonForm sessionId={session.id} audience={module.audience} />
        </>
      ) : null}
    </Page>
  );
}

/** /training/sessions/:id: one session; participants register or cancel, coaches manage who comes. */
export function TrainingSessionRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data: signedIn } = useSession();
  const session = useTrainingSession(id);
  if (!signedIn) return null;
  if (session.isPending) return <Loading label={t('common.loading')} />;
  if (session.isError) {
    if ('status' in session.error && session.error.status === 404) return <NotFoundPage />;
    return <StatusMessage tone="error">{formErrorsFrom(session.error, t, i18n).message}</StatusMessage>;
  }
  return <SessionPage detail={session.data} role={signedIn.user.role} />;
}
