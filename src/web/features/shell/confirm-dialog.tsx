import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from '../../translator';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  tone?: 'primary' | 'danger';
  pending?: boolean;
  /** Translated error after a failed attempt, shown inside the dialog. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question before a consequential change (native <dialog>: focus trap and Escape for free). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    open,
    title,
    children,
    confirmLabel,
    tone = 'primary',
    pending = false,
    error,
    onConfirm,
    onCancel,
  } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onCancel}>
      {open ? (
        <div className="dialog__content">
          <h2 className="section-title" id={titleId}>
            {title}
          </h2>
          <div className="dialog__body">{children}</div>
          {error ? (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="form__actions">
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
            <button type="button" className={`button button--${tone}`} onClick={onConfirm} disabled={pending}>
              {pending ? t('common.working') : confirmLabel}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
