import type { UserSummary } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { useUpdateUser } from './staff-queries';

/** Disables an account (ending its sessions) or enables it again, after a confirmation. */
export function AccountStatusDialog({ user, onClose }: { user: UserSummary | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateUser();
  const disabling = user ? !user.disabled : true;

  function close() {
    update.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={user !== null}
      title={disabling ? t('staff.disableTitle') : t('staff.enableTitle')}
      confirmLabel={disabling ? t('staff.disable') : t('staff.enable')}
      tone={disabling ? 'danger' : 'primary'}
      pending={update.isPending}
      error={update.isError ? formErrorsFrom(update.error, t, i18n).message : null}
      onCancel={close}
      onConfirm={() => {
        if (user) update.mutate({ id: user.id, changes: { disabled: disabling } }, { onSuccess: close });
      }}
    >
      <p>
        {disabling
          ? t('staff.disableText', { name: user?.name ?? '' })
          : t('staff.enableText', { name: user?.name ?? '' })}
      </p>
    </ConfirmDialog>
  );
}
