import { Link } from 'react-router';
import { AuthCard } from '../features/auth/auth-card';
import { useHashToken } from '../features/auth/hash-token';
import { ResetCompleteForm } from '../features/auth/reset-complete-form';
import { StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

/** /reset-password/complete#token=... */
export function ResetPasswordCompleteRoute() {
  const { t } = useTranslation();
  const token = useHashToken();
  return (
    <AuthCard title={t('resetComplete.title')} lead={t('resetComplete.lead')}>
      {token ? (
        <ResetCompleteForm token={token} />
      ) : (
        <StatusMessage tone="error" title={t('errors.token.invalid')}>
          <p>
            <Link to="/reset-password">{t('resetComplete.requestNew')}</Link>
          </p>
        </StatusMessage>
      )}
    </AuthCard>
  );
}
