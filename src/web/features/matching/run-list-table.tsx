import { Link } from 'react-router';
import type { CallResult } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';

/** One earlier run, as the run list answers it. */
type MatchRunListItem = CallResult<'GET /api/matching/runs'>['items'][number];

/** A run's status as a badge: proposed (waiting for the coach) or confirmed. */
export function RunStatusBadge({ status }: { status: MatchRunListItem['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={status === 'confirmed' ? 'badge badge--success' : 'badge badge--pending'}>
      {t(`matching.runStatuses.${status}`)}
    </span>
  );
}

/** Earlier runs, one row each; the date opens the run. */
export function RunListTable({ runs }: { runs: MatchRunListItem[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = {
    createdAt: t('matching.runs.createdAt'),
    pool: t('matching.runs.pool'),
    matched: t('matching.runs.matched'),
    status: t('matching.runs.status'),
  };
  return (
    <div className="table-wrap">
      <table className="table" data-testid="match-runs">
        <caption className="visually-hidden">{t('matching.runs.title')}</caption>
        <thead>
          <tr>
            {Object.values(columns).map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <th scope="row" data-label={columns.createdAt}>
                <Link to={`/matching/runs/${encodeURIComponent(run.id)}`}>
                  {format.dateTime(run.createdAt)}
                </Link>
              </th>
              <td data-label={columns.pool} className="break-all">
                {run.associationName ?? t('matching.start.allAssociations')}
              </td>
              <td data-label={columns.matched} className="table__number">
                {t('matching.runs.matchedOf', {
                  matched: format.number(run.matched),
                  total: format.number(run.menteesInPool),
                })}
              </td>
              <td data-label={columns.status}>
                <RunStatusBadge status={run.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
