import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { callApi } from '../api/call-api';
import type { InvitationInfo } from '../api/types';
import { AuthCard } from '../features/auth/auth-card';
import { useHashToken } from '../features/auth/hash-token';
import { InvitationForm } from '../features/auth/invitation-form';
import { formErrorsFrom } from '../features/forms/form-errors';
import { useFormatters } from '../features/locale/use-formatters';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

function InvitationSummary({ invitation }: { invitation: InvitationInfo }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <dl className="facts">
      <div className="facts__item">
        <dt>{t('fields.role')}</dt>
        <dd>{t(`roles.${invitation.role}`)}</dd>
      </div>
      {invitation.associationName ? (
        <div className="facts__item">
          <dt>{t('fields.association')}</dt>
          <dd>{invitation.associationName}</dd>
        </div>
      ) : null}
      {invitation.email ? (
        <div className="facts__item">
          <dt>{t('fields.email')}</dt>
          <dd>{invitation.email}</dd>
        </div>
      ) : null}
      <div className="facts__item">
        <dt>{t('invitation.validUntil')}</dt>
        <dd>{format.dateTime(invitation.expiresAt)}</dd>
      </div>
    </dl>
  );
}

/** /invitation and /setup: the link from an invitation email, or the first-administrator link. */
export function InvitationRoute() {
  const { t, i18n } = useTranslation();
  const token = useHashToken();
  const inspect = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => callApi('POST /api/auth/invitations/inspect', { body: { token: token ?? '' } }),
    enabled: token !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });

  const isFirstAdmin = inspect.data?.email === null;
  const signInLink = (
    <p>
      <Link to="/sign-in">{t('invitation.toSignIn')}</Link>
    </p>
  );

  return (
    <AuthCard
      title={isFirstAdmin ? t('invitation.firstAdminTitle') : t('invitation.title')}
      lead={isFirstAdmin ? t('invitation.firstAdminLead') : t('invitation.lead')}
      footer={signInLink}
    >
      {token === null ? (
        <StatusMessage tone="error" title={t('invitation.invalidTitle')}>
          <p>{t('errors.token.invalid')}</p>
        </StatusMessage>
      ) : inspect.isPending ? (
        <Loading label={t('common.loading')} />
      ) : inspect.isError ? (
        <StatusMessage tone="error" title={t('invitation.invalidTitle')}>
          <p>{formErrorsFrom(inspect.error, t, i18n).message}</p>
          <p>{t('invitation.askAgain')}</p>
        </StatusMessage>
      ) : (
        <>
          <InvitationSummary invitation={inspect.data} />
          <InvitationForm token={token} invitation={inspect.data} />
        </>
      )}
    </AuthCard>
  );
}
