import { Link } from 'react-router';
import type { HealthRow } from '../../api/types';
import { useTranslation } from '../../translator';
import { HealthBadge, PartnershipStatusBadge } from './partnership-badges';
import { usePartnershipFormat } from './use-partnership-format';

/** One row per running partnership, riskiest first; on a phone each row becomes a card. */
export function HealthTable({ rows, showCoach }: { rows: HealthRow[]; showCoach: boolean }) {
  const { t } = useTranslation();
  const format = usePartnershipFormat();
  const columns = {
    pair: t('partnerships.healthScreen.pair'),
    status: t('partnerships.healthScreen.status'),
    health: t('partnerships.healthScreen.health'),
    last: t('partnerships.healthScreen.lastMeeting'),
    next: t('partnerships.healthScreen.nextMeeting'),
    coach: t('roles.coach'),
  };
  return (
    <div className="table-wrap">
      <table className="table" data-testid="health-table">
        <caption className="visually-hidden">{t('partnerships.healthScreen.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.pair}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.health}</th>
            <th scope="col">{columns.last}</th>
            <th scope="col">{columns.next}</th>
            {showCoach ? <th scope="col">{columns.coach}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="health-row" data-state={row.health.state}>
              <th scope="row" data-label={columns.pair} className="break-all">
                <Link to={`/partnerships/${encodeURIComponent(row.id)}`}>
                  {t('partnerships.pairName', { mentee: row.menteeName, mentor: row.mentorName })}
                </Link>
              </th>
              <td data-label={columns.status}>
                <PartnershipStatusBadge status={row.status} />
              </td>
              <td data-label={columns.health}>
                <HealthBadge health={row.health} />
                <span className="table__secondary">{format.healthReason(row.health)}</span>
              </td>
              <td data-label={columns.last}>
                {row.lastHeldAt ? format.day(row.lastHeldAt) : t('partnerships.none')}
              </td>
              <td data-label={columns.next}>
                {row.nextPlannedAt ? format.short(row.nextPlannedAt) : t('partnerships.nonePlanned')}
              </td>
              {showCoach ? <td data-label={columns.coach}>{row.coach?.name ?? '—'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
