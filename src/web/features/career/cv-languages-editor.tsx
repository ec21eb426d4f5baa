import { cefrSkills } from '../../../contracts/career-vocabulary';
import { cefrLevels } from '../../../contracts/people-vocabulary';
import { useTranslation } from '../../translator';
import { SelectField } from '../forms/field';
import { LanguageSelect } from '../languages/language-select';
import type { CvContentFull } from './career-types';
import { type ForeignLanguage, newForeignLanguage, removeAt, replaceAt } from './cv-draft';

type Languages = CvContentFull['languages'];

/** Mother tongues, and foreign languages on the CEFR self-assessment grid (five selects each). */
export function LanguagesEditor({
  value,
  onChange,
  errors,
}: {
  value: Languages;
  onChange: (value: Languages) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const setForeign = (foreign: ForeignLanguage[]) => onChange({ ...value, foreign });
  return (
    <fieldset className="cv-editor__section">
      <legend className="subsection-title">{t('career.sections.languages')}</legend>
      {value.motherTongues.map((code, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries can be empty or repeated while typing
        <div className="cv-editor__inline" key={`mother-${i}`}>
          <LanguageSelect
            idPrefix={`cv-mother-${i}`}
            name="code"
            label={t('career.fields.motherTongue')}
            value={code}
            error={errors[`content.languages.motherTongues.${i}`]}
            onChange={(next) =>
              onChange({ ...value, motherTongues: replaceAt(value.motherTongues, i, next) })
            }
          />
          <button
            type="button"
            className="button button--danger-quiet button--small"
            onClick={() => onChange({ ...value, motherTongues: removeAt(value.motherTongues, i) })}
          >
            {t('career.removeItem', { name: t('career.fields.motherTongue') })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange({ ...value, motherTongues: [...value.motherTongues, ''] })}
      >
        {t('career.addMotherTongue')}
      </button>
      {value.foreign.map((language, i) => {
        const prefix = `cv-foreign-${i}`;
        const set = (changes: Partial<ForeignLanguage>) =>
          setForeign(replaceAt(value.foreign, i, { ...language, ...changes }));
        return (
          <div className="repeat-group cv-editor__item" key={prefix}>
            <LanguageSelect
              idPrefix={prefix}
              name="code"
              label={t('career.fields.foreignLanguage')}
              value={language.code}
              error={errors[`content.languages.foreign.${i}.code`]}
              onChange={(code) => set({ code })}
            />
            <div className="cv-grid">
              {cefrSkills.map((skill) => (
                <SelectField
                  key={skill}
                  idPrefix={prefix}
                  name={skill}
                  label={t(`career.cefr.${skill}`)}
                  value={language[skill]}
                  onChange={(e) => set({ [skill]: e.target.value } as Partial<ForeignLanguage>)}
                >
                  {cefrLevels.map((level) => (
                    <option key={level} value={level}>
                      {level}
                    </option>
                  ))}
                </SelectField>
              ))}
            </div>
            <button
              type="button"
              className="button button--danger-quiet button--small"
              onClick={() => setForeign(removeAt(value.foreign, i))}
            >
              {t('career.removeItem', { name: t('career.fields.foreignLanguage') })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setForeign([...value.foreign, newForeignLanguage()])}
      >
        {t('career.addForeignLanguage')}
      </button>
    </fieldset>
  );
}
