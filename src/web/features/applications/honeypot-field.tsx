import { useTranslation } from '../../translator';

/** A field people never see and bots fill in; the server refuses applications where it is not empty. */
export function HoneypotField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="apply-website">{t('apply.honeypot')}</label>
      <input
        id="apply-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
