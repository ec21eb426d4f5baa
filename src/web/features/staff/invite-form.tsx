import { type FormEvent, useState } from 'react';
import type { StaffRole } from '../../api/types';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { formText } from '../forms/form-data';
import {
  type FormErrors,
  formErrorsFrom,
  hasFormErrors,
  looksLikeEmail,
  noFormErrors,
} from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { AssociationSelect } from './association-select';
import { isStaffRole, staffRoles, useCreateInvitation } from './staff-queries';

const idPrefix = 'invite';

/** Invites a staff member by email; coaches need their association. The email lands in the outbox without SMTP. */
export function InviteForm() {
  const { t, i18n } = useTranslation();
  const create = useCreateInvitation();
  const [role, setRole] = useState<StaffRole>('coach');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = formText(data, 'email');
    const associationId = role === 'coach' ? formText(data, 'associationId') : '';
    const fields: Record<string, string> = {};
    if (!email) fields.email = t('fieldErrors.required');
    else if (!looksLikeEmail(email)) fields.email = t('fieldErrors.invalid_email');
    if (role === 'coach' && !associationId) fields.associationId = t('errors.association.required_for_coach');
    const problems =
      Object.keys(fields).length > 0 ? { message: t('errors.validation.failed'), fields } : noFormErrors;
    setErrors(problems);
    setSentTo(null);
    if (hasFormErrors(problems)) return;
    create.mutate(
      { email, role, ...(role === 'coach' ? { associationId } : {}) },
      {
        onSuccess: (invitation) => {
          setSentTo(invitation.email ?? email);
          setFormKey((key) => key + 1);
        },
        onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
      },
    );
  }

  const labels = { email: t('fields.email'), role: t('fields.role'), associationId: t('fields.association') };
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      data-testid="invite-form"
      aria-labelledby="invite-form-title"
      key={formKey}
    >
      <h2 className="section-title" id="invite-form-title">
        {t('staff.inviteTitle')}
      </h2>
      <p className="section-lead">{t('staff.inviteLead')}</p>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      {sentTo ? <StatusMessage tone="success">{t('staff.invited', { email: sentTo })}</StatusMessage> : null}
      <TextField
        idPrefix={idPrefix}
        name="email"
        type="email"
        label={labels.email}
        autoComplete="off"
        spellCheck={false}
        error={errors.fields.email}
      />
      <SelectField
        idPrefix={idPrefix}
        name="role"
        label={labels.role}
        value={role}
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
      {role === 'coach' ? (
        <AssociationSelect idPrefix={idPrefix} error={errors.fields.associationId} />
      ) : null}
      <div className="form__actions">
        <SubmitButton label={t('staff.invite')} pending={create.isPending} />
      </div>
    </form>
  );
}
