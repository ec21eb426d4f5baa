import { type FormEvent, useState } from 'react';
import { locales } from '../../../contracts/base-vocabulary';
import type { Locale, PersonDetail, SpokenLanguage } from '../../api/types';
import { useTranslation } from '../../translator';
import { checkLanguages } from '../applications/application-checks';
import { RadioGroup } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { SpokenLanguagesEditor } from '../languages/spoken-languages-editor';
import { languageNames } from '../locale/language-switch';
import { useChangeLanguage } from '../locale/use-change-language';
import { isOneOf, spokenLevels } from '../people/people-vocabulary';
import { ReferencePicker } from '../reference/reference-picker';
import { StatusMessage } from '../shell/status-message';
import { useUpdateProfile } from './profile-queries';

const idPrefix = 'profile';

function ownLanguages(person: PersonDetail): SpokenLanguage[] {
  const list = Array.isArray(person.application.languages) ? person.application.languages : [];
  const rows = list.flatMap((entry): SpokenLanguage[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { code, level } = entry as { code?: unknown; level?: unknown };
    if (typeof code !== 'string' || typeof level !== 'string' || !isOneOf(spokenLevels, level)) return [];
    return [{ code, level }];
  });
  return rows.length > 0 ? rows : [{ code: '', level: 'native' }];
}

/** What a mentee or mentor may change themselves: phone, postcode, languages, language of the platform. */
export function ProfileForm({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateProfile();
  const changeLanguage = useChangeLanguage();
  const [phone, setPhone] = useState(person.phone ?? '');
  const [postcode, setPostcode] = useState(person.postcode);
  const [languages, setLanguages] = useState(() => ownLanguages(person));
  const [locale, setLocale] = useState<Locale>(person.locale);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const fields = checkLanguages(languages, t);
    if (phone.trim() && !/^\+?[0-9 ()./-]{6,20}$/.test(phone.trim())) fields.phone = t('fieldErrors.phone');
    if (Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    update.mutate(
      { phone: phone.trim() || null, ...(postcode ? { postcode } : {}), languages, locale },
      {
        onSuccess: () => {
          setSaved(true);
          if (locale !== i18n.language) void changeLanguage(locale);
        },
        onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
      },
    );
  }

  const labels = {
    phone: t('apply.fields.phone'),
    postcode: t('apply.fields.postcode'),
    languages: t('apply.fields.languages'),
  };
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-labelledby="profile-edit-title"
      data-testid="profile-form"
    >
      <h2 className="section-title" id="profile-edit-title">
        {t('profile.editTitle')}
      </h2>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      {saved ? <StatusMessage tone="success">{t('profile.saved')}</StatusMessage> : null}
      <TextField
        idPrefix={idPrefix}
        name="phone"
        type="tel"
        autoComplete="tel"
        label={labels.phone}
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        error={errors.fields.phone}
      />
      <ReferencePicker
        kind="postcodes"
        idPrefix={idPrefix}
        name="postcode"
        label={labels.postcode}
        value={postcode}
        onChange={(item) => setPostcode(item?.code ?? null)}
        error={errors.fields.postcode}
      />
      <SpokenLanguagesEditor
        idPrefix={idPrefix}
        legend={labels.languages}
        value={languages}
        onChange={setLanguages}
        errors={errors.fields}
      />
      <RadioGroup
        idPrefix={idPrefix}
        name="locale"
        legend={t('account.languageLegend')}
        options={locales.map((value) => ({ value, label: <span lang={value}>{languageNames[value]}</span> }))}
        value={locale}
        onChange={setLocale}
      />
      <div className="form__actions">
        <SubmitButton label={t('profile.save')} pending={update.isPending} />
      </div>
    </form>
  );
}
