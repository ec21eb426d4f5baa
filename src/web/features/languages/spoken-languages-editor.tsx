import type { SpokenLanguage } from '../../api/types';
import { useTranslation } from '../../translator';
import { SelectField } from '../forms/field';
import { isOneOf, spokenLevels } from '../people/people-vocabulary';
import { LanguageSelect } from './language-select';

interface SpokenLanguagesEditorProps {
  idPrefix: string;
  value: SpokenLanguage[];
  onChange: (languages: SpokenLanguage[]) => void;
  errors: Record<string, string>;
  legend: string;
  hint?: string;
}

/** Languages with a self-assessed level, one row each; fields are named languages.N.code / .level. */
export function SpokenLanguagesEditor({
  idPrefix,
  value,
  onChange,
  errors,
  legend,
  hint,
}: SpokenLanguagesEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<SpokenLanguage>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="repeat-group">
      <legend className="field__label">{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {errors.languages ? <p className="field__error">{errors.languages}</p> : null}
      {value.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <div className="repeat-row" key={index}>
          <LanguageSelect
            idPrefix={idPrefix}
            name={`languages.${index}.code`}
            label={t('languages.language', { number: index + 1 })}
            value={row.code}
            onChange={(code) => update(index, { code })}
            error={errors[`languages.${index}.code`]}
          />
          <SelectField
            idPrefix={idPrefix}
            name={`languages.${index}.level`}
            label={t('languages.level', { number: index + 1 })}
            value={row.level}
            error={errors[`languages.${index}.level`]}
            onChange={(event) => {
              if (isOneOf(spokenLevels, event.target.value)) update(index, { level: event.target.value });
            }}
          >
            {spokenLevels.map((level) => (
              <option key={level} value={level}>
                {t(`levels.${level}`)}
              </option>
            ))}
          </SelectField>
          {value.length > 1 ? (
            <button
              type="button"
              className="button button--quiet repeat-row__remove"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              {t('languages.remove', { number: index + 1 })}
            </button>
          ) : null}
        </div>
      ))}
      {value.length < 10 ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange([...value, { code: '', level: 'B1' }])}
        >
          {t('languages.add')}
        </button>
      ) : null}
    </fieldset>
  );
}
