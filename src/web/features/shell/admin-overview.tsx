import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { callApi } from '../../api/call-api';
import { api, withQuery } from '../../api/client';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';
import { RetentionReport } from './retention-report';

interface Figure {
  key: string;
  path: string;
  to: string;
  label: string;
}

function useTotal(path: string) {
  return useQuery({
    queryKey: ['overview', path],
    queryFn: () => api.get<{ total: number }>(withQuery(path, { page: 1, pageSize: 1 })),
    select: (data) => data.total,
  });
}

function FigureCard({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const total = useTotal(figure.path);
  return (
    <li className="figure-card">
      <Link className="figure-card__link" to={figure.to}>
        <span className="figure-card__value">{total.isSuccess ? format.number(total.data) : '…'}</span>
        <span className="figure-card__label">{t(figure.label)}</span>
      </Link>
    </li>
  );
}

const figures: Figure[] = [
  { key: 'associations', path: '/api/associations', to: '/associations', label: 'overview.associations' },
  { key: 'users', path: '/api/users', to: '/staff', label: 'overview.accounts' },
  { key: 'invitations', path: '/api/invitations', to: '/staff', label: 'overview.invitations' },
  { key: 'outbox', path: '/api/outbox', to: '/outbox', label: 'overview.outbox' },
];

/** The administrator's start page: the programme's numbers at a glance and the platform's health. */
export function AdminOverview() {
  const { t } = useTranslation();
  const health = useQuery({ queryKey: ['health'], queryFn: () => callApi('GET /api/health') });
  return (
    <>
      <section aria-labelledby="overview-figures">
        <h2 className="section-title" id="overview-figures">
          {t('overview.figures')}
        </h2>
        <ul className="figure-grid">
          {figures.map((figure) => (
            <FigureCard key={figure.key} figure={figure} />
          ))}
        </ul>
      </section>
      {health.isSuccess ? (
        <section className="card" aria-labelledby="overview-platform">
          <h2 className="section-title" id="overview-platform">
            {t('overview.platform')}
          </h2>
          <dl className="facts facts--inline">
            <div className="facts__item">
              <dt>{t('overview.database')}</dt>
              <dd>{health.data.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('overview.version')}</dt>
              <dd>{health.data.version}</dd>
            </div>
          </dl>
        </section>
      ) : null}
      <RetentionReport />
    </>
  );
}
