import { Link } from 'react-router';
import type { PersonSummary } from '../../api/types';
import { useTranslation } from '../../translator';
import { useLanguageName } from '../languages/language-options';
import { useFormatters } from '../locale/use-formatters';
import { StatusBadge } from '../people/status-badge';
import { useSectorLabels } from '../reference/reference-queries';
import { usePhoneLayout } from '../shell/use-phone-layout';

/** The mentees and mentors of a caseload, one row each; the name opens the person. */
export function CaseloadTable({ people }: { people: PersonSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const languageName = useLanguageName();
  const sectorLabels = useSectorLabels();
  // A phone gets one compact line per person: name and status, then kind, sector and waiting time.
  const phone = usePhoneLayout();
  const columns = {
    name: t('caseload.name'),
    kind: t('caseload.kind'),
    status: t('caseload.status'),
    association: t('fields.association'),
    region: t('caseload.region'),
    sector: t('caseload.sector'),
    languages: t('caseload.languages'),
    applied: t('caseload.applied'),
    waiting: t('caseload.waitingDays'),
  };
  if (phone)
    return (
      <ul className="compact-list" data-testid="caseload-table" aria-label={t('caseload.title')}>
        {people.map((person) => (
          <li key={person.id} className="compact-list__item">
            <div className="compact-list__head">
              <Link to={`/people/${encodeURIComponent(person.id)}`} className="compact-list__name">
                {person.name}
              </Link>
              <StatusBadge status={person.status} />
            </div>
            <p className="compact-list__meta">
              {[
                t(`roles.${person.kind}`),
                person.sectorCode ? (sectorLabels.get(person.sectorCode) ?? '…') : null,
                person.associationName ?? t('caseload.inbox'),
                t('caseload.waitingShort', { days: format.number(person.waitingDays) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {person.duplicate ? <p className="compact-list__meta">{t('caseload.duplicate')}</p> : null}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="table-wrap">
      <table className="table" data-testid="caseload-table">
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
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row" data-label={columns.name} className="table__name">
                <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>
                {person.duplicate ? (
                  <span className="table__secondary">{t('caseload.duplicate')}</span>
                ) : null}
              </th>
              <td data-label={columns.kind}>{t(`roles.${person.kind}`)}</td>
              <td data-label={columns.status}>
                <StatusBadge status={person.status} />
              </td>
              <td data-label={columns.association} className="break-all">
                {person.associationName ?? <span className="muted">{t('caseload.inbox')}</span>}
              </td>
              <td data-label={columns.region}>{person.region ? t(`regions.${person.region}`) : '—'}</td>
              <td data-label={columns.sector}>
                {person.sectorCode ? (sectorLabels.get(person.sectorCode) ?? '…') : '—'}
              </td>
              <td data-label={columns.languages}>{person.languages.map(languageName).join(', ') || '—'}</td>
              <td data-label={columns.applied}>{format.date(person.appliedAt)}</td>
              <td data-label={columns.waiting} className="table__number">
                {format.number(person.waitingDays)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
