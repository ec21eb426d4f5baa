import { useTranslation } from '../../translator';
import { SelectField } from '../forms/field';
import { useLanguageName, useLanguageOptions } from './language-options';

interface LanguageSelectProps {
  idPrefix: string;
  name: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  /** The text of the empty first option. */
  emptyLabel?: string;
}

/** A select over the common languages, named in the page's language; keeps an unlisted saved code. */
export function LanguageSelect({
  idPrefix,
  name,
  label,
  value,
  onChange,
  error,
  emptyLabel,
}: LanguageSelectProps) {
  const { t } = useTranslation();
  const options = useLanguageOptions();
  const nameOf = useLanguageName();
  const listed = !value || options.some((option) => option.code === value);
  return (
    <SelectField
      idPrefix={idPrefix}
      name={name}
      label={label}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{emptyLabel ?? t('languages.choose')}</option>
      {listed ? null : <option value={value}>{nameOf(value)}</option>}
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </SelectField>
  );
}
