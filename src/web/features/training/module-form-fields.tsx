import type { Locale } from '../../api/types';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { describedBy, fieldId, TextField } from '../forms/field';
import { useLanguageName } from '../languages/language-options';
import { textLocales } from './training-vocabulary';

interface LanguageCheckboxesProps {
  idPrefix: string;
  value: Locale[];
  onChange: (value: Locale[]) => void;
  error?: string | undefined;
}

/** The languages a module is given in; the first box carries the id the error summary links to. */
export function LanguageCheckboxes({ idPrefix, value, onChange, error }: LanguageCheckboxesProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const id = fieldId(idPrefix, 'languages');
  const toggle = (locale: Locale, checked: boolean) =>
    onChange(checked ? [...value, locale] : value.filter((item) => item !== locale));
  return (
    <fieldset
      className={
        error ? 'choice-group choice-group--inline field--invalid' : 'choice-group choice-group--inline'
      }
      aria-describedby={describedBy(id, undefined, error)}
    >
      <legend className="field__label">{t('training.languages')}</legend>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {textLocales.map((locale, index) => (
        <label key={locale} className="choice">
          <input
            type="checkbox"
            id={index === 0 ? id : `${id}-${locale}`}
            checked={value.includes(locale)}
            onChange={(event) => toggle(locale, event.target.checked)}
            aria-invalid={error ? true : undefined}
          />
          <span>{languageName(locale)}</span>
        </label>
      ))}
    </fieldset>
  );
}

interface ModuleTextFieldsProps {
  idPrefix: string;
  fields: Record<string, string>;
  /** Labels per field name, shared with the error summary. */
  labels: Record<string, string>;
}

/** Title, description and goals of a module, once per language. */
export function ModuleTextFields({ idPrefix, fields, labels }: ModuleTextFieldsProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  return (
    <>
      {textLocales.map((locale) => (
        <fieldset key={locale} className="subsection training-texts">
          <legend className="subsection-title">
            {t('training.textsIn', { language: languageName(locale) })}
          </legend>
          <TextField
            idPrefix={idPrefix}
            name={`title.${locale}`}
            label={labels[`title.${locale}`] ?? ''}
            lang={locale}
            maxLength={200}
            error={fields[`title.${locale}`]}
          />
          <TextAreaField
            idPrefix={idPrefix}
            name={`description.${locale}`}
            label={labels[`description.${locale}`] ?? ''}
            lang={locale}
            rows={3}
            maxLength={4000}
            error={fields[`description.${locale}`]}
          />
          <TextAreaField
            idPrefix={idPrefix}
            name={`goals.${locale}`}
            label={labels[`goals.${locale}`] ?? ''}
            hint={t('training.goalsHint')}
            lang={locale}
            rows={3}
            error={fields[`goals.${locale}`]}
          />
        </fieldset>
      ))}
    </>
  );
}

/** The error summary's labels for the per-language fields, e.g. "Titel (Frans)". */
export function useModuleTextLabels(): Record<string, string> {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const labels: Record<string, string> = {};
  for (const locale of textLocales) {
    const language = languageName(locale);
    labels[`title.${locale}`] = t('training.titleIn', { language });
    labels[`description.${locale}`] = t('training.descriptionIn', { language });
    labels[`goals.${locale}`] = t('training.goalsIn', { language });
  }
  return labels;
}
