import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';
import { StatusBadge } from './status-badge';

/** Every status change: when, who, from -> to, and why. */
export function StatusHistory({ history }: { history: PersonDetail['history'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className="card" aria-labelledby="history-title" data-testid="status-history">
      <h2 className="section-title" id="history-title">
        {t('person.historyTitle')}
      </h2>
      {history.length === 0 ? (
        <p className="muted">{t('person.noHistory')}</p>
      ) : (
        <ol className="timeline">
          {history.map((change) => (
            <li key={`${change.at}-${change.to}`} className="timeline__item">
              <p className="timeline__when">
                <time dateTime={change.at}>{format.dateTime(change.at)}</time>
                {' · '}
                {change.actorName ?? t('person.system')}
              </p>
              <p className="timeline__change">
                {change.from ? (
                  <>
                    <StatusBadge status={change.from} /> <span aria-hidden="true">→</span>
                    <span className="visually-hidden">{t('person.to')}</span>{' '}
                  </>
                ) : null}
                <StatusBadge status={change.to} />
              </p>
              {change.reasonCode ? (
                <p>{t(`decision.reasons.${change.reasonCode}`, { defaultValue: change.reasonCode })}</p>
              ) : null}
              {change.reasonText ? <p className="timeline__text">{change.reasonText}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
