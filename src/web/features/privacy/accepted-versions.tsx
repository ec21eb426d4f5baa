import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';
import { Loading } from '../shell/status-message';
import { usePrivacyUpdate } from './privacy-update-queries';

/** The privacy-text versions the person accepted, with when and how (on the profile page). */
export function AcceptedPrivacyVersions() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const update = usePrivacyUpdate(currentLocale(i18n));
  if (update.isPending) return <Loading label={t('common.loading')} />;
  if (update.isError || update.data.history.length === 0) return null;
  return (
    <section className="card" aria-labelledby="accepted-versions-title">
      <h2 className="section-title" id="accepted-versions-title">
        {t('privacyUpdate.historyTitle')}
      </h2>
      <ul className="plain-list" data-testid="accepted-privacy-versions">
        {update.data.history.map((entry) => (
          <li key={`${entry.version}-${entry.acceptedAt}`}>
            {t(
              entry.via === 'application'
                ? 'privacyUpdate.acceptedWithApplication'
                : 'privacyUpdate.acceptedOnline',
              {
                version: entry.version,
                date: format.date(entry.acceptedAt),
              },
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
