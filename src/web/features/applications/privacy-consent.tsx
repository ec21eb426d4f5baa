import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../api/call-api';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';
import { CheckboxField } from '../forms/choice-field';
import { formErrorsFrom } from '../forms/form-errors';
import { Loading, StatusMessage } from '../shell/status-message';

interface PrivacyConsentProps {
  idPrefix: string;
  /** The version the person agreed to, or null. */
  acceptedVersion: string | null;
  onChange: (version: string | null) => void;
  error?: string | undefined;
}

/** The privacy statement in the page's language and the required box to agree with this version of it. */
export function PrivacyConsent({ idPrefix, acceptedVersion, onChange, error }: PrivacyConsentProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const privacy = useQuery({
    queryKey: ['privacy', lang],
    queryFn: () => callApi('GET /api/privacy', { query: { lang } }),
    staleTime: 10 * 60_000,
  });
  if (privacy.isPending) return <Loading label={t('common.loading')} />;
  if (privacy.isError)
    return <StatusMessage tone="error">{formErrorsFrom(privacy.error, t, i18n).message}</StatusMessage>;
  const { version, title, paragraphs } = privacy.data;
  return (
    <div className="privacy">
      <section
        className="privacy__text"
        aria-labelledby={`${idPrefix}-privacy-title`}
        lang={privacy.data.locale}
      >
        <h3 className="privacy__title" id={`${idPrefix}-privacy-title`}>
          {title}
        </h3>
        {paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      <CheckboxField
        idPrefix={idPrefix}
        name="consents.privacyVersion"
        label={t('apply.privacyAgree')}
        error={error}
        checked={acceptedVersion === version}
        onChange={(checked) => onChange(checked ? version : null)}
      />
    </div>
  );
}
