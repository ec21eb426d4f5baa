import type { Association } from '../../api/types';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';
import { MentorSharingToggle } from './mentor-sharing-toggle';

/** The associations of one page; on phones each row becomes a card. */
export function AssociationTable({ associations }: { associations: Association[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = {
    name: t('associations.name'),
    place: t('associations.place'),
    contact: t('associations.contactEmail'),
    staff: t('associations.staffCount'),
    sharing: t('associations.sharingColumn'),
    since: t('associations.createdAt'),
  };
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('associations.tableCaption')}</caption>
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
          {associations.map((association) => (
            <tr key={association.id}>
              <th scope="row" data-label={columns.name}>
                {association.name}
              </th>
              <td data-label={columns.place}>
                {association.city ?? '—'}
                <span className="table__secondary">{t(`regions.${association.region}`)}</span>
              </td>
              <td data-label={columns.contact} className="break-all">
                {association.contactEmail ? (
                  <a href={`mailto:${association.contactEmail}`}>{association.contactEmail}</a>
                ) : (
                  '—'
                )}
              </td>
              <td data-label={columns.staff} className="table__number">
                {format.number(association.staffCount)}
              </td>
              <td data-label={columns.sharing}>
                <MentorSharingToggle association={association} compact />
              </td>
              <td data-label={columns.since}>{format.date(association.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
