import { useEffect, useRef } from 'react';
import type { OutboxEmail } from '../../api/types';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';
import { linkText } from './linked-text';

/** One stored email in full; its links (invitations, resets) can be opened or copied from here. */
export function OutboxDetail({ email, onClose }: { email: OutboxEmail; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <article className="card outbox-detail" aria-labelledby="outbox-detail-title">
      <div className="outbox-detail__header">
        <h2 className="section-title" id="outbox-detail-title" tabIndex={-1} ref={heading}>
          {email.subject}
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('outbox.close')}
        </button>
      </div>
      <dl className="facts facts--inline">
        <div className="facts__item">
          <dt>{t('outbox.to')}</dt>
          <dd>{email.to}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('outbox.createdAt')}</dt>
          <dd>
            <time dateTime={email.createdAt}>{format.dateTime(email.createdAt)}</time>
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('outbox.status')}</dt>
          <dd>{t(`outbox.statuses.${email.status}`)}</dd>
        </div>
      </dl>
      <pre className="outbox-detail__body" data-testid="outbox-body">
        {linkText(email.text)}
      </pre>
    </article>
  );
}
