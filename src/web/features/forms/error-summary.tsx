import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from '../../translator';
import { fieldId } from './field';
import { type FormErrors, hasFormErrors } from './form-errors';

interface ErrorSummaryProps {
  errors: FormErrors;
  idPrefix: string;
  /** Visible labels per field name, to say which field each message is about. */
  labels: Record<string, string>;
}

/**
 * The box above a form after a failed submit: announced (role="alert"), focused, and linking
 * each field message to its field. Links move focus without touching the URL hash, which
 * carries tokens on the invitation and reset pages.
 */
export function ErrorSummary({ errors, idPrefix, labels }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = hasFormErrors(errors);

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible]);

  if (!visible) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, name: string) {
    event.preventDefault();
    document.getElementById(fieldId(idPrefix, name))?.focus();
  }

  const entries = Object.entries(errors.fields);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title">{t('forms.errorSummaryTitle')}</h2>
      {errors.message ? <p className="error-summary__message">{errors.message}</p> : null}
      {entries.length > 0 ? (
        <ul className="error-summary__list">
          {entries.map(([name, message]) => (
            <li key={name}>
              <a href={`#${fieldId(idPrefix, name)}`} onClick={(event) => focusField(event, name)}>
                {labels[name] ? `${labels[name].replace(/[?:]\s*$/, '')}: ${message}` : message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
