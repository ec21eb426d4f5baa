import { Link } from 'react-router';
import { AuthCard } from '../features/auth/auth-card';
import { ResetRequestForm } from '../features/auth/reset-request-form';
import { useTranslation } from '../translator';

/** /reset-password */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  return (
    <AuthCard
      title={t('resetPassword.title')}
      lead={t('resetPassword.lead')}
      footer={
        <p>
          <Link to="/sign-in">{t('resetPassword.backToSignIn')}</Link>
        </p>
      }
    >
      <ResetRequestForm />
    </AuthCard>
  );
}
