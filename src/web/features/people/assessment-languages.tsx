import { useTranslation } from '../../translator';
import { SelectField } from '../forms/field';
import { LanguageSelect } from '../languages/language-select';
import type { AssessedLanguage } from './assessment-draft';
import { cefrLevels, isOneOf } from './people-vocabulary';

interface AssessmentLanguagesProps {
  idPrefix: string;
  value: AssessedLanguage[];
  onChange: (value: AssessedLanguage[]) => void;
  errors: Record<string, string>;
}

const skills = ['understanding', 'speaking', 'writing'] as const;

/** Each language with three CEFR levels: understanding, speaking, writing. */
export function AssessmentLanguages({ idPrefix, value, onChange, errors }: AssessmentLanguagesProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<AssessedLanguage>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="repeat-group">
      <legend className="field__label">{t('assessment.languages')}</legend>
      {errors.languages ? <p className="field__error">{errors.languages}</p> : null}
      {value.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <div className="repeat-row repeat-row--four" key={index}>
          <LanguageSelect
            idPrefix={idPrefix}
            name={`languages.${index}.code`}
            label={t('languages.language', { number: index + 1 })}
            value={row.code}
            onChange={(code) => update(index, { code })}
            error={errors[`languages.${index}.code`]}
          />
          {skills.map((skill) => (
            <SelectField
              key={skill}
              idPrefix={idPrefix}
              name={`languages.${index}.${skill}`}
              label={t('assessment.cefrRow', { skill: t(`assessment.cefr.${skill}`), number: index + 1 })}
              value={row[skill]}
              onChange={(event) => {
                if (isOneOf(cefrLevels, event.target.value)) update(index, { [skill]: event.target.value });
              }}
            >
              {cefrLevels.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </SelectField>
          ))}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            {t('languages.remove', { number: index + 1 })}
          </button>
        </div>
      ))}
      {value.length < 10 ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            onChange([...value, { code: '', understanding: 'B1', speaking: 'B1', writing: 'B1' }])
          }
        >
          {t('languages.add')}
        </button>
      ) : null}
    </fieldset>
  );
}
