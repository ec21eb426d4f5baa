import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';
import { allStatuses } from '../people/people-vocabulary';

interface StatusCountsProps {
  counts: Record<string, number>;
  active: string;
  onSelect: (status: string) => void;
}

/** How many people per status; pressing one shows only those (pressing it again shows all). */
export function StatusCounts({ counts, active, onSelect }: StatusCountsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entries = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => allStatuses.indexOf(a) - allStatuses.indexOf(b));
  if (entries.length === 0) return null;
  return (
    <ul className="status-chips" aria-label={t('caseload.countsLabel')}>
      {entries.map(([status, count]) => (
        <li key={status}>
          <button
            type="button"
            className="status-chip"
            aria-pressed={active === status}
            onClick={() => onSelect(active === status ? '' : status)}
          >
            <span>{t(`statuses.${status}`, { defaultValue: status })}</span>
            <span className="status-chip__count">{format.number(count)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
