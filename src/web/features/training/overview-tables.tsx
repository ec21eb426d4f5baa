import { Link } from 'react-router';
import type { MissingTrainingPage, TrainingOverview } from '../../api/types';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';
import { localizedText } from './training-vocabulary';
import { useTrainingFormat } from './use-training-format';

/** One row per module: sessions, registrations, attendance and its rate, waiting list. */
export function ModuleOverviewTable({ data }: { data: TrainingOverview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const training = useTrainingFormat();
  const columns = {
    module: t('trainingOverview.module'),
    sessions: t('trainingOverview.sessions'),
    registrations: t('trainingOverview.registrations'),
    attended: t('trainingOverview.attended'),
    rate: t('trainingOverview.rate'),
    waiting: t('trainingOverview.waiting'),
  };
  const percent = new Intl.NumberFormat(training.locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="table-wrap">
      <table className="table" data-testid="overview-table">
        <caption className="visually-hidden">{t('trainingOverview.perModule')}</caption>
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
          {data.items.map((row) => (
            <tr key={row.moduleId}>
              <th scope="row" data-label={columns.module}>
                {localizedText(row.title, training.locale)}
              </th>
              <td data-label={columns.sessions}>{format.number(row.sessions)}</td>
              <td data-label={columns.registrations}>{format.number(row.registrations)}</td>
              <td data-label={columns.attended}>{format.number(row.attended)}</td>
              <td data-label={columns.rate}>
                {row.attendanceRate === null ? '—' : percent.format(row.attendanceRate)}
              </td>
              <td data-label={columns.waiting}>{format.number(row.waiting)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each person and the required module they still lack, linked to their record. */
export function MissingTable({ data }: { data: MissingTrainingPage }) {
  const { t } = useTranslation();
  const training = useTrainingFormat();
  const columns = {
    person: t('trainingOverview.person'),
    kind: t('trainingOverview.kind'),
    association: t('fields.association'),
    module: t('trainingOverview.module'),
  };
  return (
    <div className="table-wrap">
      <table className="table" data-testid="missing-table">
        <caption className="visually-hidden">{t('trainingOverview.missingTitle')}</caption>
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
          {data.items.map((row) => (
            <tr key={`${row.personId}-${row.moduleId}`}>
              <th scope="row" data-label={columns.person} className="break-all">
                <Link to={`/people/${encodeURIComponent(row.personId)}`} dir="auto">
                  {row.name}
                </Link>
              </th>
              <td data-label={columns.kind}>{t(`roles.${row.kind}`)}</td>
              <td data-label={columns.association}>{row.associationName ?? '—'}</td>
              <td data-label={columns.module}>{localizedText(row.moduleTitle, training.locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
