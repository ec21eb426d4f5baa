import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../features/auth/session';
import { ApplicationsTracker } from '../features/career/applications-tracker';
import { useCareerMentees } from '../features/career/career-queries';
import { CvPage } from '../features/career/cv-page';
import { OpenReports } from '../features/career/open-reports';
import { ReportForm } from '../features/career/report-form';
import { TipsEditor } from '../features/career/tips-editor';
import { formErrorsFrom } from '../features/forms/form-errors';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

/** The mentee's own record id (their CV and applications hang off it). */
function useOwnMenteeId() {
  const mentees = useCareerMentees();
  return { ...mentees, id: mentees.data?.find((m) => m.self)?.id ?? null };
}

/** /cv: the mentee's own CV; for a mentor, the mentees whose CV they follow. */
export function OwnCvRoute() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const mentees = useOwnMenteeId();
  if (mentees.isPending) return <Loading label={t('common.loading')} />;
  if (mentees.isError)
    return <StatusMessage tone="error">{formErrorsFrom(mentees.error, t, i18n).message}</StatusMessage>;
  if (session?.user.role === 'mentee' && mentees.id) return <CvPage menteeId={mentees.id} />;
  return (
    <Page title={t('career.myMenteesTitle')} lead={t('career.myMenteesLead')}>
      {mentees.data.length === 0 ? (
        <p className="empty-state">{t('career.noMentees')}</p>
      ) : (
        <ul className="link-list">
          {mentees.data.map((m) => (
            <li key={m.id} className="card">
              <p>
                <strong>{m.name}</strong>
              </p>
              <p className="inline-links">
                <Link to={`/mentee/${m.id}/cv`}>{t('career.cvOf', { name: m.name })}</Link>
                <Link to={`/mentee/${m.id}/applications`}>
                  {t('career.applicationsOf', { name: m.name })}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

/** /mentee/:id/cv: a mentee's CV for their mentor or coach. */
export function MenteeCvRoute() {
  const { id = '' } = useParams();
  return <CvPage key={id} menteeId={id} />;
}

/** /applications (mentee) and /mentee/:id/applications (mentor, coach): the applications tracker. */
export function ApplicationsRoute() {
  const { t } = useTranslation();
  const params = useParams();
  const own = useOwnMenteeId();
  const menteeId = params.id ?? own.id;
  if (!menteeId) return own.isPending ? <Loading label={t('common.loading')} /> : null;
  return (
    <Page
      title={params.id ? t('career.applicationsTitleOf') : t('career.applicationsTitle')}
      lead={t('career.applicationsLead')}
      actions={
        params.id ? null : (
          <Link className="button button--secondary" to="/report-discrimination">
            {t('career.reportLink')}
          </Link>
        )
      }
    >
      <ApplicationsTracker menteeId={menteeId} />
    </Page>
  );
}

/** /report-discrimination (mentee): the report form, from the home page or from an application. */
export function ReportDiscriminationRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const own = useOwnMenteeId();
  if (!own.id) return own.isPending ? <Loading label={t('common.loading')} /> : null;
  return (
    <Page title={t('career.reportTitle')} lead={t('career.reportLead')}>
      <div className="card">
        <ReportForm menteeId={own.id} applicationId={params.get('application')} />
      </div>
    </Page>
  );
}

/** /discrimination-reports (coach, admin): open reports to follow up. */
export function DiscriminationReportsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('career.openReportsTitle')} lead={t('career.openReportsLead')}>
      <OpenReports />
    </Page>
  );
}

/** /sector-tips (coach, admin): tips per NACE section. */
export function SectorTipsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('career.tipsEditorTitle')} lead={t('career.tipsEditorLead')}>
      <TipsEditor />
    </Page>
  );
}
