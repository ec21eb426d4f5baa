import { Link, Navigate } from 'react-router';
import { useSession } from '../features/auth/session';
import { ParticipantHomeSections } from '../features/partnerships/participant-home';
import { AdminOverview } from '../features/shell/admin-overview';
import { Page } from '../features/shell/page';
import { MyTraining } from '../features/training/my-training';
import { useTranslation } from '../translator';

/** "/": each role's start page (coaches start in their caseload; mentees and mentors with their duo). */
export function HomeRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (!session) return null;
  const { role, name } = session.user;
  if (role === 'coach') return <Navigate to="/caseload" replace />;
  if (role === 'funder') return <Navigate to="/programme-report" replace />;
  if (role === 'admin') {
    return (
      <Page title={t('overview.title')} lead={t('overview.lead', { name })}>
        <AdminOverview />
      </Page>
    );
  }
  if (role === 'mentee' || role === 'mentor') {
    return (
      <Page title={t('home.title', { name })} lead={t(`home.${role}`)}>
        <ParticipantHomeSections />
        <MyTraining />
        <section className="card prose" aria-labelledby="home-more">
          <h2 className="section-title" id="home-more">
            {t('partnerships.home.moreTitle')}
          </h2>
          <ul className="row-actions link-list">
            <li>
              <Link className="button button--secondary" to="/profile">
                {t('home.toProfile')}
              </Link>
            </li>
            <li>
              <Link className="button button--secondary" to="/training">
                {t('partnerships.home.toTraining')}
              </Link>
            </li>
          </ul>
          {role === 'mentee' ? (
            <p className="inline-links">
              <Link to="/cv">{t('career.homeCv')}</Link>
              <Link to="/applications">{t('career.homeApplications')}</Link>
              <Link to="/report-discrimination">{t('career.reportLink')}</Link>
            </p>
          ) : (
            <p className="inline-links">
              <Link to="/cv">{t('nav.mentees')}</Link>
            </p>
          )}
          <p>{t('home.contact')}</p>
        </section>
      </Page>
    );
  }
  return (
    <Page title={t('home.title', { name })}>
      <div className="card prose">
        <p>{t('home.contact')}</p>
      </div>
    </Page>
  );
}
