import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';
import { Pagination } from '../paging/pagination';
import { useListParams } from '../paging/use-list-params';
import { Loading } from '../shell/status-message';
import { ApplicationDetail } from './application-detail';
import { ApplicationForm } from './application-form';
import { useJobApplications } from './career-queries';

/** The list of a mentee's applications (newest first), each opening to its history, and the form. */
export function ApplicationsTracker({ menteeId }: { menteeId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { page } = useListParams([]);
  const list = useJobApplications(menteeId, page);
  return (
    <div className="split">
      <div className="split__main">
        {list.isPending ? <Loading label={t('common.loading')} /> : null}
        {list.data && list.data.total === 0 ? (
          <p className="empty-state">{t('career.noApplications')}</p>
        ) : null}
        {list.data?.items.map((a) => (
          <details className="card disclosure application" key={a.id}>
            <summary>
              <span className="application__title">
                <bdi>{a.role}</bdi> · <bdi>{a.employer}</bdi>
              </span>{' '}
              <span className="badge badge--info">{t(`career.stages.${a.stage}`)}</span>{' '}
              <span className="muted">{format.date(a.appliedOn)}</span>
              {a.nextStep ? (
                <span className="muted">{` · ${t('career.nextStepShort', { step: a.nextStep, when: a.nextStepOn ? format.date(a.nextStepOn) : '' })}`}</span>
              ) : null}
            </summary>
            <ApplicationDetail id={a.id} />
          </details>
        ))}
        {list.data ? (
          <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} />
        ) : null}
      </div>
      <aside className="card split__side">
        <ApplicationForm menteeId={menteeId} />
      </aside>
    </div>
  );
}
