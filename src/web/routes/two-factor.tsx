import { AuthCard } from '../features/auth/auth-card';
import { TwoFactorForm } from '../features/auth/two-factor-form';
import { useTranslation } from '../translator';

/** /two-factor */
export function TwoFactorRoute() {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('twoFactor.title')} lead={t('twoFactor.lead')}>
      <TwoFactorForm />
    </AuthCard>
  );
}
