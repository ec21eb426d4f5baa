import { useSession } from '../features/auth/session';
import { formErrorsFrom } from '../features/forms/form-errors';
import { useLanguageName } from '../features/languages/language-options';
import { ListingForm } from '../features/mentor-network/listing-form';
import { useDirectory } from '../features/mentor-network/network-queries';
import { Pagination } from '../features/paging/pagination';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { localizedText } from '../features/training/training-vocabulary';
import { currentLocale } from '../i18n';
import { useTranslation } from '../translator';

function Directory() {
  const { t, i18n } = useTranslation();
  const { page } = useListParams([]);
  const directory = useDirectory(page, pageSize);
  const languageName = useLanguageName();
  const locale = currentLocale(i18n);
  return (
    <section className="card" aria-labelledby="directory-title">
      <h2 className="section-title" id="directory-title">
        {t('network.directoryTitle')}
      </h2>
      {directory.isPending ? (
        <Loading label={t('common.loading')} />
      ) : directory.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(directory.error, t, i18n).message}</StatusMessage>
      ) : directory.data.items.length === 0 ? (
        <p className="empty-state">{t('network.empty')}</p>
      ) : (
        <>
          <ul className="directory">
            {directory.data.items.map((mentor) => (
              <li key={mentor.personId} className="directory__item" data-testid="directory-item">
                <p className="directory__name" dir="auto">
                  {mentor.name}
                </p>
                <p className="directory__line" dir="auto">
                  {mentor.line}
                </p>
                <dl className="facts facts--inline">
                  <div className="facts__item">
                    <dt>{t('network.sector')}</dt>
                    <dd>{mentor.sector ? localizedText(mentor.sector.label, locale) : '—'}</dd>
                  </div>
                  <div className="facts__item">
                    <dt>{t('network.languages')}</dt>
                    <dd>{mentor.languages.map(languageName).join(', ') || '—'}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
          <Pagination
            page={directory.data.page}
            pageSize={directory.data.pageSize}
            total={directory.data.total}
          />
        </>
      )}
    </section>
  );
}

/** /mentor-network (mentors and staff): the directory of mentors who opted in; mentors join or leave. */
export function MentorNetworkRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (!session) return null;
  return (
    <Page title={t('network.title')} lead={t('network.lead')}>
      {session.user.role === 'mentor' ? (
        <section className="card">
          <ListingForm />
        </section>
      ) : null}
      <Directory />
    </Page>
  );
}
