import { useId } from 'react';
import { currentLocale, isLocale, supportedLocales } from '../../i18n';
import { useTranslation } from '../../translator';
import { useChangeLanguage } from './use-change-language';

/** Each language is named in itself, so people find their own even when the page is in another. */
export const languageNames = { nl: 'Nederlands', fr: 'Français', en: 'English' } as const;

/** The language menu in the header, on every page. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const id = useId();
  return (
    <div className="language-switch">
      <label className="visually-hidden" htmlFor={id}>
        {t('shell.language')}
      </label>
      <select
        id={id}
        className="language-switch__select"
        data-testid="language-switch"
        value={currentLocale(i18n)}
        onChange={(event) => {
          if (isLocale(event.target.value)) void changeLanguage(event.target.value);
        }}
      >
        {supportedLocales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {languageNames[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
