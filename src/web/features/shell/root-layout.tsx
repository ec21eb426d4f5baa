import { useEffect } from 'react';
import { useTranslation } from '../../translator';
import { useSession } from '../auth/session';
import { PageOutlet } from './page-outlet';
import { mainContentId } from './skip-link';
import { Loading, StatusMessage } from './status-message';

/**
 * Loads the session once before any page decides where it belongs, and adopts the signed-in
 * person's own language when the session arrives.
 */
export function RootLayout() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const userId = session.data?.user.id;
  const userLocale = session.data?.user.locale;

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when another person's session arrives
  useEffect(() => {
    if (userLocale && userLocale !== i18n.language) void i18n.changeLanguage(userLocale);
  }, [userId]);

  if (session.isPending || session.isError) {
    return (
      <main id={mainContentId} className="startup" tabIndex={-1}>
        <h1 className="startup__title">{t('app.name')}</h1>
        {session.isError ? (
          <StatusMessage tone="error" title={t('errors.network')}>
            <button type="button" className="button button--primary" onClick={() => session.refetch()}>
              {t('common.tryAgain')}
            </button>
          </StatusMessage>
        ) : (
          <Loading label={t('common.loading')} />
        )}
      </main>
    );
  }
  return <PageOutlet />;
}
