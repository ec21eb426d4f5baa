import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../translator';
import { Pagination } from '../paging/pagination';
import { StatusBadge } from '../people/status-badge';
import { Loading, StatusMessage } from '../shell/status-message';
import { useIncompleteFacts } from './facts-queries';

const pageSize = 20;

/** Staff: the participants of the caseload whose ESF+ record is incomplete, and what each lacks. */
export function IncompleteFacts() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('factsPage') ?? '1') || 1);
  const list = useIncompleteFacts(page, pageSize);
  return (
    <section className="card" aria-labelledby="facts-incomplete-title">
      <h2 className="section-title" id="facts-incomplete-title">
        {t('participantFacts.incomplete.title')}
      </h2>
      <p className="hint">{t('participantFacts.incomplete.explain')}</p>
      {list.isPending ? (
        <Loading label={t('common.loading')} />
      ) : list.isError ? (
        <StatusMessage tone="error">{list.error.message}</StatusMessage>
      ) : list.data.total === 0 ? (
        <StatusMessage tone="success">
          {t('participantFacts.incomplete.none', { count: list.data.participants })}
        </StatusMessage>
      ) : (
        <>
          <p>
            {t('participantFacts.incomplete.summary', {
              incomplete: new Intl.NumberFormat(i18n.language).format(list.data.total),
              participants: new Intl.NumberFormat(i18n.language).format(list.data.participants),
            })}
          </p>
          <div className="table-wrap">
            <table className="table" data-testid="facts-incomplete">
              <caption className="visually-hidden">{t('participantFacts.incomplete.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('participantFacts.incomplete.name')}</th>
                  <th scope="col">{t('participantFacts.incomplete.status')}</th>
                  <th scope="col">{t('participantFacts.incomplete.missing')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((item) => (
                  <tr key={item.personId}>
                    <th scope="row">
                      <Link to={`/people/${item.personId}#person-facts`}>{item.name}</Link>
                    </th>
                    <td>
                      <StatusBadge status={item.status} />
                    </td>
                    <td>{item.missing.map((f) => t(`participantFacts.fields.${f}`)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={page}
            pageSize={pageSize}
            total={list.data.total}
            param="factsPage"
            label={t('participantFacts.incomplete.caption')}
          />
        </>
      )}
    </section>
  );
}
