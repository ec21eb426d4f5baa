import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TrainingModule, TrainingSession } from '../api/types';
import { formErrorsFrom } from '../features/forms/form-errors';
import { NotFoundPage } from '../features/shell/not-found-page';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { RegisterPersonForm } from '../features/training/register-person-form';
import { RegistrationTable } from '../features/training/registration-table';
import { SessionFacts } from '../features/training/session-facts';
import {
  useSessionRegistrations,
  useTrainingModules,
  useTrainingSession,
} from '../features/training/training-queries';
import { localizedText } from '../features/training/training-vocabulary';
import { useTrainingFormat } from '../features/training/use-training-format';

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

function SessionPage({ session, module }: { session: TrainingSession; module: TrainingModule | undefined }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const title = module ? localizedText(module.title, format.locale) : session.moduleCode;
  return (
    <Page
      title={title}
      lead={format.when(session.startsAt, session.endsAt)}
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
        <SessionFacts session={session} showLink />
      </section>
      <Registrations sessionId={session.id} />
      {module ? <RegisterPersonForm sessionId={session.id} audience={module.audience} /> : null}
    </Page>
  );
}

/** /training/sessions/:id (coach, admin): who comes to a session, attendance, registering people. */
export function TrainingSessionRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const session = useTrainingSession(id);
  const modules = useTrainingModules(undefined);
  if (session.isPending || modules.isPending) return <Loading label={t('common.loading')} />;
  const error = session.error ?? modules.error;
  if (error) return <StatusMessage tone="error">{formErrorsFrom(error, t, i18n).message}</StatusMessage>;
  if (!session.data) return <NotFoundPage />;
  const found = session.data;
  return (
    <SessionPage session={found} module={modules.data?.find((module) => module.id === found.moduleId)} />
  );
}
