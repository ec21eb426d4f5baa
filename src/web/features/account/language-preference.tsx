import { currentLocale, supportedLocales } from '../../i18n';
import { useTranslation } from '../../translator';
import { languageNames } from '../locale/language-switch';
import { useChangeLanguage } from '../locale/use-change-language';

/** The language of the app and of the emails this person receives. */
export function LanguagePreference() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const current = currentLocale(i18n);
  return (
    <section className="card" aria-labelledby="language-title">
      <h2 className="section-title" id="language-title">
        {t('account.languageTitle')}
      </h2>
      <fieldset className="choice-group">
        <legend className="field__label">{t('account.languageLegend')}</legend>
        {supportedLocales.map((locale) => (
          <label key={locale} className="choice" lang={locale}>
            <input
              type="radio"
              name="account-locale"
              value={locale}
              checked={current === locale}
              onChange={() => void changeLanguage(locale)}
            />
            {languageNames[locale]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
