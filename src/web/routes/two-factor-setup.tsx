import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { AuthCard } from '../features/auth/auth-card';
import { RecoveryCodes } from '../features/auth/recovery-codes';
import { pathForState, useRefreshSession, useSession } from '../features/auth/session';
import { TwoFactorEnrolment } from '../features/auth/two-factor-enrolment';
import { useTranslation } from '../translator';

/** /two-factor/setup: required for admins and coaches, optional for everyone else. */
export function TwoFactorSetupRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const refreshSession = useRefreshSession();
  const [codes, setCodes] = useState<string[] | null>(null);

  if (!codes && session?.state === 'signed_in' && session.twoFactor.enrolled) {
    return <Navigate to="/account" replace />;
  }

  async function finish() {
    const fresh = await refreshSession();
    navigate(fresh ? pathForState(fresh.state) : '/sign-in', { replace: true });
  }

  return (
    <AuthCard
      key={codes ? 'done' : 'setup'}
      title={codes ? t('twoFactorSetup.doneTitle') : t('twoFactorSetup.title')}
      lead={codes ? t('twoFactorSetup.doneLead') : t('twoFactorSetup.lead')}
    >
      {codes ? <RecoveryCodes codes={codes} onDone={finish} /> : <TwoFactorEnrolment onEnabled={setCodes} />}
    </AuthCard>
  );
}
