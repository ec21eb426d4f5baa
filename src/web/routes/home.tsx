import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useSession } from '../features/auth/session';
import { AdminOverview } from '../features/shell/admin-overview';
import { Page } from '../features/shell/page';
import { MyTraining } from '../features/training/my-training';

/** "/": each role's start page (coaches start in their caseload). */
export function HomeRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (!session) return null;
  const { role, name } = session.user;
  if (role === 'coach') return <Navigate to="/caseload" replace />;
  if (role === 'admin') {
    return (
      <Page title={t('overview.title')} lead={t('overview.lead', { name })}>
        <AdminOverview />
      </Page>
    );
  }
  return (
    <Page title={t('home.title', { name })}>
      <div className="card prose">
        <p>{t(`home.${role}`)}</p>
        {role === 'mentee' || role === 'mentor' ? (
          <p>
            <Link className="button button--primary" to="/profile">
              {t('home.toProfile')}
            </Link>
          </p>
        ) : null}
        <p>{t('home.contact')}</p>
      </div>
      {role === 'mentee' || role === 'mentor' ? <MyTraining /> : null}
    </Page>
  );
}
