import { useTranslation } from '../../translator';

interface SubmitButtonProps {
  label: string;
  pending: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** The form's main button; while the request runs it says so and cannot be pressed twice. */
export function SubmitButton({ label, pending, variant = 'primary' }: SubmitButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="submit"
      className={`button button--${variant}`}
      disabled={pending}
      aria-busy={pending || undefined}
    >
      {pending ? t('common.working') : label}
    </button>
  );
}
