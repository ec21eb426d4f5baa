import { AuthCard } from '../features/auth/auth-card';
import { useSession } from '../features/auth/session';
import { TwoFactorForm } from '../features/auth/two-factor-form';
import { PasskeySecondStep } from '../features/passkeys/passkey-second-step';
import { useTranslation } from '../translator';

/** /two-factor */
export function TwoFactorRoute() {
  const { t } = useTranslation();
  const session = useSession().data;
  const passkeys = session && 'twoFactor' in session ? session.twoFactor.passkeys : 0;
  return (
    <AuthCard title={t('twoFactor.title')} lead={t('twoFactor.lead')}>
      {passkeys > 0 ? <PasskeySecondStep /> : null}
      <TwoFactorForm />
    </AuthCard>
  );
}
