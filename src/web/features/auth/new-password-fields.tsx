import type { TFunction } from '../../translator';
import { useTranslation } from '../../translator';
import { TextField } from '../forms/field';
import type { FormErrors } from '../forms/form-errors';

/** The minimum the server enforces (NIST SP 800-63B); checked here too for a quicker answer. */
export const passwordMinLength = 8;

interface NewPasswordFieldsProps {
  idPrefix: string;
  /** The form field name the server reports errors under ("password" or "newPassword"). */
  name: string;
  errors: FormErrors;
}

/** A new password and its repetition, with the rules said up front. */
export function NewPasswordFields({ idPrefix, name, errors }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        idPrefix={idPrefix}
        name={name}
        type="password"
        label={t('fields.newPassword')}
        hint={t('fields.newPasswordHint', { min: passwordMinLength })}
        autoComplete="new-password"
        error={errors.fields[name]}
      />
      <TextField
        idPrefix={idPrefix}
        name="passwordRepeat"
        type="password"
        label={t('fields.passwordRepeat')}
        autoComplete="new-password"
        error={errors.fields.passwordRepeat}
      />
    </>
  );
}

/** Client-side checks of the two fields: filled in, long enough, the same. */
export function checkNewPassword(name: string, password: string, repeat: string, t: TFunction): FormErrors {
  const fields: Record<string, string> = {};
  if (!password) fields[name] = t('fieldErrors.required');
  else if ([...password].length < passwordMinLength) fields[name] = t('errors.password.too_short');
  if (password && repeat !== password) fields.passwordRepeat = t('fieldErrors.passwords_differ');
  return Object.keys(fields).length > 0
    ? { message: t('errors.validation.failed'), fields }
    : { message: null, fields };
}

export function newPasswordLabels(name: string, t: TFunction): Record<string, string> {
  return { [name]: t('fields.newPassword'), passwordRepeat: t('fields.passwordRepeat') };
}
