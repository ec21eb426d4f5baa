import { useState } from 'react';
import { useTranslation } from '../../translator';

interface RecoveryCodesProps {
  codes: string[];
  /** Called by "I have saved these codes". */
  onDone: () => void;
  doneLabel?: string;
}

/** The recovery codes, shown exactly once, with a way to copy them before moving on. */
export function RecoveryCodes({ codes, onDone, doneLabel }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section className="recovery" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title" className="section-title">
        {t('recoveryCodes.title')}
      </h2>
      <p>{t('recoveryCodes.explanation')}</p>
      <ol className="recovery__codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={copy}>
          {t('recoveryCodes.copy')}
        </button>
        <button type="button" className="button button--primary" onClick={onDone}>
          {doneLabel ?? t('recoveryCodes.saved')}
        </button>
      </div>
      <p className="recovery__copied" role="status">
        {copied ? t('recoveryCodes.copied') : ''}
      </p>
    </section>
  );
}
