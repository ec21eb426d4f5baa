import { useState } from 'react';
import type { UserSummary } from '../../api/types';
import { useTranslation } from '../../translator';
import { useSession } from '../auth/session';
import { useFormatters } from '../locale/use-formatters';
import { AccountStatusDialog } from './account-status-dialog';
import { ChangeRoleDialog } from './change-role-dialog';
import { isStaffRole } from './staff-queries';

function UserActions({
  user,
  onChangeRole,
  onToggle,
}: {
  user: UserSummary;
  onChangeRole: () => void;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      {isStaffRole(user.role) ? (
        <button type="button" className="button button--small button--secondary" onClick={onChangeRole}>
          {t('staff.changeRole')}
          <span className="visually-hidden"> {user.name}</span>
        </button>
      ) : null}
      <button
        type="button"
        className={
          user.disabled
            ? 'button button--small button--secondary'
            : 'button button--small button--danger-quiet'
        }
        onClick={onToggle}
      >
        {user.disabled ? t('staff.enable') : t('staff.disable')}
        <span className="visually-hidden"> {user.name}</span>
      </button>
    </div>
  );
}

/** The accounts of one page, with role changes and (dis)abling behind confirmations. */
export function UserTable({ users }: { users: UserSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data: session } = useSession();
  const [roleTarget, setRoleTarget] = useState<UserSummary | null>(null);
  const [statusTarget, setStatusTarget] = useState<UserSummary | null>(null);
  const columns = {
    name: t('fields.name'),
    role: t('fields.role'),
    twoFactor: t('staff.twoFactor'),
    status: t('staff.status'),
    since: t('staff.createdAt'),
    actions: t('common.actions'),
  };
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('staff.accountsTitle')}</caption>
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
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row" data-label={columns.name}>
                  {user.name}
                  <span className="table__secondary">{user.email}</span>
                </th>
                <td data-label={columns.role}>
                  {t(`roles.${user.role}`)}
                  {user.associationName ? (
                    <span className="table__secondary">{user.associationName}</span>
                  ) : null}
                </td>
                <td data-label={columns.twoFactor}>
                  {user.twoFactorEnabled ? t('common.yes') : t('common.no')}
                </td>
                <td data-label={columns.status}>
                  <span className={user.disabled ? 'badge badge--revoked' : 'badge badge--accepted'}>
                    {user.disabled ? t('staff.disabled') : t('staff.active')}
                  </span>
                </td>
                <td data-label={columns.since}>{format.date(user.createdAt)}</td>
                <td data-label={columns.actions}>
                  {user.id === session?.user.id ? (
                    <span className="muted">{t('staff.you')}</span>
                  ) : (
                    <UserActions
                      user={user}
                      onChangeRole={() => setRoleTarget(user)}
                      onToggle={() => setStatusTarget(user)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ChangeRoleDialog user={roleTarget} onClose={() => setRoleTarget(null)} />
      <AccountStatusDialog user={statusTarget} onClose={() => setStatusTarget(null)} />
    </>
  );
}
