import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ApplicationReceipt } from '../../api/types';
import { useTranslation } from '../../translator';

const otherHelp = [
  { key: 'vdab', href: 'https://www.vdab.be', text: 'vdab.be' },
  { key: 'actiris', href: 'https://www.actiris.brussels', text: 'actiris.brussels' },
  { key: 'naric', href: 'https://www.naricvlaanderen.be', text: 'naricvlaanderen.be' },
] as const;

/** After sending: a warm confirmation, or a kind explanation of each unmet rule with other places to get help. */
export function ApplicationResult({ receipt, email }: { receipt: ApplicationReceipt; email: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const failed = receipt.eligibility?.failed ?? [];
  const eligible = receipt.eligibility === null || receipt.eligibility.eligible;
  return (
    <section
      className="card result"
      data-testid="application-result"
      aria-labelledby="application-result-title"
    >
      <h2 className="section-title" id="application-result-title" tabIndex={-1} ref={heading}>
        {receipt.outcome === 'linked'
          ? t('apply.result.linkedTitle')
          : eligible
            ? t('apply.result.thanksTitle')
            : t('apply.result.notEligibleTitle')}
      </h2>
      {receipt.outcome === 'linked' ? <p>{t('apply.result.linked')}</p> : null}
      {eligible ? (
        <>
          <p>{t('apply.result.contactSoon')}</p>
          <p className="break-all">{t('apply.result.emailNote', { email })}</p>
        </>
      ) : (
        <>
          <p>{t('apply.result.notEligibleLead')}</p>
          <ul className="result__rules">
            {failed.map((rule) => (
              <li key={rule}>{t(`eligibility.explain.${rule}`)}</li>
            ))}
          </ul>
          <p>{t('apply.result.coachMayCall')}</p>
          <h3 className="review__title">{t('apply.result.otherHelpTitle')}</h3>
          <ul className="result__help">
            {otherHelp.map((place) => (
              <li key={place.key}>
                {t(`apply.result.help.${place.key}`)} <a href={place.href}>{place.text}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/about">{t('about.link')}</Link>
      </p>
    </section>
  );
}
