import { Link, useSearchParams } from 'react-router';
import type { OutboxEmail } from '../../api/types';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';

/** The stored emails, newest first; each opens in the detail panel (?open=<id>). */
export function OutboxList({ emails, openId }: { emails: OutboxEmail[]; openId: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params] = useSearchParams();
  const linkTo = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('open', id);
    return `?${next.toString()}`;
  };
  return (
    <ul className="outbox-list">
      {emails.map((email) => (
        <li key={email.id} className="outbox-list__item" data-testid="outbox-row">
          <Link
            className="outbox-list__link"
            to={linkTo(email.id)}
            aria-current={email.id === openId ? 'true' : undefined}
          >
            <span className="outbox-list__subject">{email.subject}</span>
            <span className="outbox-list__meta">
              {t('outbox.toLine', { to: email.to })} ·{' '}
              <time dateTime={email.createdAt}>{format.dateTime(email.createdAt)}</time>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
