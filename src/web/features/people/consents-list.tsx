import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';

/** The consents a person gave: which, which version, when, and whether withdrawn. */
export function ConsentsList({ consents }: { consents: PersonDetail['consents'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (consents.length === 0) return <p className="muted">{t('consents.none')}</p>;
  return (
    <ul className="plain-list consents" data-testid="consents">
      {consents.map((consent) => (
        <li key={`${consent.kind}-${consent.givenAt}`} className="consents__item">
          <span className="consents__kind">
            {t(`consents.kinds.${consent.kind}`, { defaultValue: consent.kind })}
          </span>
          <span className="table__secondary">
            {t('consents.given', { version: consent.version, date: format.date(consent.givenAt) })}
          </span>
          {consent.withdrawnAt ? (
            <span className="badge badge--revoked">
              {t('consents.withdrawnOn', { date: format.date(consent.withdrawnAt) })}
            </span>
          ) : (
            <span className="badge badge--accepted">{t('consents.active')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
