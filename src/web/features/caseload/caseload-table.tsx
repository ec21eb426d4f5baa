import { useTranslation } from 'react-i18next';
import type { CaseloadEntry } from '../../api/types';
import { useFormatters } from '../locale/use-formatters';

/** The mentees and mentors a coach follows, one row each. */
export function CaseloadTable({ entries }: { entries: CaseloadEntry[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = {
    name: t('fields.name'),
    role: t('fields.role'),
    status: t('caseload.status'),
    since: t('caseload.since'),
  };
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('caseload.title')}</caption>
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
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row" data-label={columns.name}>
                {entry.name}
              </th>
              <td data-label={columns.role}>{t(`roles.${entry.role}`)}</td>
              <td data-label={columns.status}>
                <span className="badge">
                  {t(`caseload.statuses.${entry.status}`, { defaultValue: entry.status })}
                </span>
              </td>
              <td data-label={columns.since}>{format.date(entry.since)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How many people per status, as a row of small figures. */
export function CaseloadCounts({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entries = Object.entries(counts);
  if (entries.length === 0) return null;
  return (
    <dl className="stats">
      {entries.map(([status, count]) => (
        <div key={status} className="stats__item">
          <dt>{t(`caseload.statuses.${status}`, { defaultValue: status })}</dt>
          <dd>{format.number(count)}</dd>
        </div>
      ))}
    </dl>
  );
}
