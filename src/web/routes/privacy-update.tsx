import { lazy, Suspense } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AuthCard } from '../features/auth/auth-card';
import { formErrorsFrom } from '../features/forms/form-errors';
import { useFormatters } from '../features/locale/use-formatters';
import { useAcceptPrivacy, usePrivacyUpdate } from '../features/privacy/privacy-update-queries';
import { SignOutButton } from '../features/shell/sign-out-button';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { currentLocale, translator } from '../i18n';
import { loadChunk } from '../load-chunk';
import { useTranslation } from '../translator';

/** Her rights without accepting: loaded with the signed-in texts only when the page is drawn. */
const NotAcceptingRights = lazy(async () => {
  const [module] = await Promise.all([
    loadChunk(() => import('../features/privacy/not-accepting')),
    loadChunk(() => translator.loadParts(['app'])),
  ]);
  return { default: module.NotAcceptingRights };
});

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/**
 * /privacy-update: a new privacy text waits for the person's acceptance. What changed comes first,
 * then the whole text, then "I have read and accept" (or signing out).
 */
export function PrivacyUpdateRoute() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const format = useFormatters();
  const navigate = useNavigate();
  const location = useLocation();
  const update = usePrivacyUpdate(locale);
  const accept = useAcceptPrivacy();

  if (update.isPending) return <Loading label={t('common.loading')} />;
  if (update.isError)
    return <StatusMessage tone="error">{formErrorsFrom(update.error, t, i18n).message}</StatusMessage>;
  const text = update.data;
  return (
    <AuthCard title={t('privacyUpdate.title')} lead={t('privacyUpdate.lead')}>
      {text.changes.length > 0 ? (
        <section className="privacy-update__changes" aria-labelledby="privacy-changes-title">
          <h2 className="section-title" id="privacy-changes-title">
            {t('privacyUpdate.changesTitle')}
          </h2>
          <ul className="plain-list">
            {text.changes.map((change) => (
              <li key={change.version}>
                <p>{change.summary}</p>
                <p className="muted">{t('privacyUpdate.inForce', { date: format.date(change.inForce) })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="privacy-text-title" data-testid="privacy-text">
        <h2 className="section-title" id="privacy-text-title">
          {text.title}
        </h2>
        {text.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p className="muted">{t('privacyUpdate.version', { date: format.date(text.inForce) })}</p>
      </section>
      {accept.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(accept.error, t, i18n).message}</StatusMessage>
      ) : null}
      <div className="row-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={accept.isPending}
          onClick={() =>
            accept.mutate(
              { version: text.version, locale },
              { onSuccess: () => navigate(returnPath(location.state), { replace: true }) },
            )
          }
        >
          {t('privacyUpdate.accept')}
        </button>
        <SignOutButton />
      </div>
      <section className="privacy-update__rights" aria-labelledby="privacy-rights-title">
        <h2 className="section-title" id="privacy-rights-title">
          {t('privacyUpdate.notAcceptingTitle')}
        </h2>
        <p>{t('privacyUpdate.notAcceptingText')}</p>
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <NotAcceptingRights />
        </Suspense>
      </section>
    </AuthCard>
  );
}
