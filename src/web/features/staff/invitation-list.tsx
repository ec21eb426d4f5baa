import { useState } from 'react';
import type { Invitation } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { useFormatters } from '../locale/use-formatters';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { useRevokeInvitation } from './staff-queries';

/** Invitations with their status; pending ones can be revoked after a confirmation. */
export function InvitationList({ invitations }: { invitations: Invitation[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const revoke = useRevokeInvitation();
  const [target, setTarget] = useState<Invitation | null>(null);

  const columns = {
    email: t('fields.email'),
    role: t('fields.role'),
    status: t('staff.invitationStatus'),
    expires: t('staff.expiresAt'),
    actions: t('common.actions'),
  };
  function close() {
    setTarget(null);
    revoke.reset();
  }
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('staff.invitationsTitle')}</caption>
          <thead>
            <tr>
              {Object.values(columns).map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row" data-label={columns.email} className="break-all">
                  {invitation.email ?? t('staff.firstAdminLink')}
                </th>
                <td data-label={columns.role}>
                  {t(`roles.${invitation.role}`)}
                  {invitation.associationName ? (
                    <span className="table__secondary">{invitation.associationName}</span>
                  ) : null}
                </td>
                <td data-label={columns.status}>
                  <span className={`badge badge--${invitation.status}`}>
                    {t(`invitationStatus.${invitation.status}`)}
                  </span>
                </td>
                <td data-label={columns.expires}>{format.dateTime(invitation.expiresAt)}</td>
                <td data-label={columns.actions}>
                  {invitation.status === 'pending' ? (
                    <button
                      type="button"
                      className="button button--small button--danger-quiet"
                      onClick={() => setTarget(invitation)}
                    >
                      {t('staff.revoke')}
                      <span className="visually-hidden"> {invitation.email ?? ''}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={target !== null}
        title={t('staff.revokeTitle')}
        confirmLabel={t('staff.revoke')}
        tone="danger"
        pending={revoke.isPending}
        error={revoke.isError ? formErrorsFrom(revoke.error, t, i18n).message : null}
        onCancel={close}
        onConfirm={() => {
          if (target) revoke.mutate(target.id, { onSuccess: close });
        }}
      >
        <p>{t('staff.revokeText', { email: target?.email ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
