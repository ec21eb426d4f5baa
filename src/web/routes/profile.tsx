import { CalendarFeedPanel } from '../features/calendar/calendar-feed-panel';
import { formErrorsFrom } from '../features/forms/form-errors';
import { useLanguageName } from '../features/languages/language-options';
import { useFormatters } from '../features/locale/use-formatters';
import { StatusBadge } from '../features/people/status-badge';
import { AcceptedPrivacyVersions } from '../features/privacy/accepted-versions';
import { OwnAssessment } from '../features/profile/own-assessment';
import { ProfileForm } from '../features/profile/profile-form';
import { useOwnProfile } from '../features/profile/profile-queries';
import { OwnConsents } from '../features/profile/withdraw-consent';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

/** /profile (mentee, mentor): my data, what the coach assessed, my consents and accepted privacy texts. */
export function ProfileRoute() {
  const { t, i18n } = useTranslation();
  const profile = useOwnProfile();
  const format = useFormatters();
  const languageName = useLanguageName();
  if (profile.isPending) return <Loading label={t('common.loading')} />;
  if (profile.isError)
    return <StatusMessage tone="error">{formErrorsFrom(profile.error, t, i18n).message}</StatusMessage>;
  const person = profile.data;
  return (
    <Page title={t('profile.title')} lead={t('profile.lead')}>
      <div className="grid-2">
        <section className="card" aria-labelledby="own-data-title">
          <h2 className="section-title" id="own-data-title">
            {t('profile.dataTitle')}
          </h2>
          <dl className="facts">
            <div className="facts__item">
              <dt>{t('fields.name')}</dt>
              <dd>{person.name}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('fields.email')}</dt>
              <dd>{person.email}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('caseload.status')}</dt>
              <dd>
                <StatusBadge status={person.status} />
              </dd>
            </div>
            <div className="facts__item">
              <dt>{t('fields.association')}</dt>
              <dd>{person.associationName ?? '—'}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('caseload.applied')}</dt>
              <dd>{format.date(person.appliedAt)}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('caseload.languages')}</dt>
              <dd>{person.languages.map(languageName).join(', ') || '—'}</dd>
            </div>
          </dl>
        </section>
        <section className="card" aria-label={t('profile.editTitle')}>
          <ProfileForm person={person} />
        </section>
      </div>
      <OwnAssessment person={person} />
      <OwnConsents person={person} />
      <AcceptedPrivacyVersions />
      <CalendarFeedPanel />
    </Page>
  );
}
