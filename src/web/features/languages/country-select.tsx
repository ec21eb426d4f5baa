import { useTranslation } from '../../translator';
import { SelectField } from '../forms/field';
import { useCountryOptions } from './country-options';

interface CountrySelectProps {
  idPrefix: string;
  name: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A select over every ISO 3166 country, named in the page's language. */
export function CountrySelect({ idPrefix, name, label, value, onChange, error, hint }: CountrySelectProps) {
  const { t } = useTranslation();
  const options = useCountryOptions();
  return (
    <SelectField
      idPrefix={idPrefix}
      name={name}
      label={label}
      hint={hint}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('countries.choose')}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </SelectField>
  );
}
