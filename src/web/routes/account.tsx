import { ChangePasswordForm } from '../features/account/change-password-form';
import { DataExportPanel } from '../features/account/data-export-panel';
import { LanguagePreference } from '../features/account/language-preference';
import { PhoneForm } from '../features/account/phone-form';
import { SessionsPanel } from '../features/account/sessions-panel';
import { TwoFactorPanel } from '../features/account/two-factor-panel';
import { useSession } from '../features/auth/session';
import { PasskeysPanel } from '../features/passkeys/passkeys-panel';
import { Page } from '../features/shell/page';
import { useTranslation } from '../translator';

/** /account: who I am, my password, my second factor, my language. */
export function AccountRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (!session) return null;
  const { user } = session;
  return (
    <Page title={t('account.title')} lead={t('account.lead')}>
      <div className="grid-2">
        <section className="card" aria-labelledby="profile-title">
          <h2 className="section-title" id="profile-title">
            {t('account.profileTitle')}
          </h2>
          <dl className="facts">
            <div className="facts__item">
              <dt>{t('fields.name')}</dt>
              <dd>{user.name}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('fields.email')}</dt>
              <dd>{user.email}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('fields.role')}</dt>
              <dd>{t(`roles.${user.role}`)}</dd>
            </div>
            {user.phone ? (
              <div className="facts__item">
                <dt>{t('fields.phone')}</dt>
                <dd>{user.phone}</dd>
              </div>
            ) : null}
            {user.associationName ? (
              <div className="facts__item">
                <dt>{t('fields.association')}</dt>
                <dd>{user.associationName}</dd>
              </div>
            ) : null}
          </dl>
        </section>
        <section className="card" aria-label={t('account.passwordTitle')}>
          <ChangePasswordForm />
        </section>
        {user.role === 'coach' || user.role === 'admin' ? (
          <section className="card">
            <PhoneForm session={session} />
          </section>
        ) : null}
        <TwoFactorPanel session={session} />
        <PasskeysPanel session={session} />
        <SessionsPanel />
        <LanguagePreference />
        {user.role === 'mentee' || user.role === 'mentor' ? <DataExportPanel /> : null}
      </div>
    </Page>
  );
}
