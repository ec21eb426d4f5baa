import { useState } from 'react';
import type { StaffRole, UserSummary } from '../../api/types';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { AssociationSelect } from './association-select';
import { isStaffRole, staffRoles, useUpdateUser } from './staff-queries';

const idPrefix = 'change-role';

interface ChangeRoleDialogProps {
  user: UserSummary | null;
  onClose: () => void;
}

/** Gives a staff member another role (and association, for coaches); their sessions end. */
export function ChangeRoleDialog({ user, onClose }: ChangeRoleDialogProps) {
  const { t, i18n } = useTranslation();
  const update = useUpdateUser();
  const [role, setRole] = useState<StaffRole | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const chosenRole: StaffRole = role ?? (user && isStaffRole(user.role) ? user.role : 'coach');

  function close() {
    setRole(null);
    setErrors(noFormErrors);
    update.reset();
    onClose();
  }

  function confirm() {
    if (!user) return;
    const select = document.getElementById(`${idPrefix}-associationId`);
    const associationId = chosenRole === 'coach' && select instanceof HTMLSelectElement ? select.value : '';
    if (chosenRole === 'coach' && !associationId) {
      setErrors({ message: null, fields: { associationId: t('errors.association.required_for_coach') } });
      return;
    }
    update.mutate(
      {
        id: user.id,
        changes: { role: chosenRole, associationId: chosenRole === 'coach' ? associationId : null },
      },
      { onSuccess: close, onError: (error) => setErrors(formErrorsFrom(error, t, i18n)) },
    );
  }

  return (
    <ConfirmDialog
      open={user !== null}
      title={t('staff.changeRoleTitle', { name: user?.name ?? '' })}
      confirmLabel={t('staff.saveRole')}
      pending={update.isPending}
      onCancel={close}
      onConfirm={confirm}
    >
      <p>{t('staff.changeRoleText')}</p>
      <ErrorSummary
        errors={errors}
        idPrefix={idPrefix}
        labels={{ role: t('fields.role'), associationId: t('fields.association') }}
      />
      <SelectField
        idPrefix={idPrefix}
        name="role"
        label={t('fields.role')}
        value={chosenRole}
        onChange={(event) => {
          if (isStaffRole(event.target.value)) setRole(event.target.value);
        }}
        error={errors.fields.role}
      >
        {staffRoles.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </SelectField>
      {chosenRole === 'coach' ? (
        <AssociationSelect
          idPrefix={idPrefix}
          error={errors.fields.associationId}
          defaultValue={user?.associationId ?? ''}
        />
      ) : null}
    </ConfirmDialog>
  );
}
