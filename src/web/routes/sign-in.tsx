import { Link } from 'react-router';
import { AuthCard } from '../features/auth/auth-card';
import { SignInForm } from '../features/auth/sign-in-form';
import { PasskeySignIn } from '../features/passkeys/passkey-sign-in';
import { useTranslation } from '../translator';

/** /sign-in */
export function SignInRoute() {
  const { t } = useTranslation();
  return (
    <AuthCard
      title={t('signIn.title')}
      lead={t('signIn.lead')}
      footer={
        <p>
          <Link to="/reset-password">{t('signIn.forgotPassword')}</Link>
        </p>
      }
    >
      <SignInForm />
      <PasskeySignIn />
    </AuthCard>
  );
}
