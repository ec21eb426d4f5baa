import { useId } from 'react';
import { useTranslation } from '../../translator';
import type { ImportCheck } from './import-queries';

interface ImportMappingProps {
  check: ImportCheck;
  mapping: Record<string, string | null>;
  onChange: (mapping: Record<string, string | null>) => void;
  onRecheck: () => void;
  pending: boolean;
}

/** Which column of the file holds each field; the platform guesses, the coach corrects. */
export function ImportMapping({ check, mapping, onChange, onRecheck, pending }: ImportMappingProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="repeat-group">
      <legend className="field__label">{t('import.mappingTitle')}</legend>
      <p className="field__hint">{t('import.mappingHint')}</p>
      <div className="mapping-grid">
        {check.fields.map((field) => (
          <div className="field" key={field.name}>
            <label className="field__label" htmlFor={`${id}-${field.name}`}>
              {t(`import.fields.${field.name}`, { defaultValue: field.name })}
              {field.required ? ` (${t('import.required')})` : ''}
            </label>
            <select
              className="field__input field__select"
              id={`${id}-${field.name}`}
              value={mapping[field.name] ?? ''}
              onChange={(event) => onChange({ ...mapping, [field.name]: event.target.value || null })}
            >
              <option value="">{t('import.notInFile')}</option>
              {check.columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="button" className="button button--secondary" onClick={onRecheck} disabled={pending}>
        {pending ? t('common.working') : t('import.recheck')}
      </button>
    </fieldset>
  );
}
