import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../api/client';
import type { MatchRun } from '../api/types';
import { formErrorsFrom } from '../features/forms/form-errors';
import { useFormatters } from '../features/locale/use-formatters';
import { FairnessReport, RunSummary } from '../features/matching/fairness-report';
import { useRun } from '../features/matching/matching-queries';
import { Proposal } from '../features/matching/proposal';
import { RunStatusBadge } from '../features/matching/run-list-table';
import { UnmatchedList } from '../features/matching/unmatched-list';
import { NotFoundPage } from '../features/shell/not-found-page';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

function RunPage({ run }: { run: MatchRun }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Page
      title={t('matching.run.title', { date: format.dateTime(run.createdAt) })}
      lead={
        <span className="person-lead">
          <span>{run.associationName ?? t('matching.start.allAssociations')}</span>
          <RunStatusBadge status={run.status} />
        </span>
      }
      actions={
        <Link className="button button--quiet" to="/matching">
          {t('matching.run.back')}
        </Link>
      }
    >
      {run.status === 'confirmed' ? (
        <StatusMessage tone="success" testId="run-confirmed">
          {t('matching.run.confirmed')}
        </StatusMessage>
      ) : null}
      <RunSummary fairness={run.fairness} />
      <Proposal key={run.id} run={run} />
      <UnmatchedList unmatched={run.unmatched} />
      <FairnessReport fairness={run.fairness} />
    </Page>
  );
}

/** /matching/runs/:id (coach, admin): a run's proposal, explained, to lock, block, change and confirm. */
export function MatchRunRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const run = useRun(id);
  if (run.isPending) return <Loading label={t('common.loading')} />;
  if (run.isError) {
    if (run.error instanceof ApiRequestError && (run.error.status === 404 || run.error.status === 403))
      return <NotFoundPage />;
    return <StatusMessage tone="error">{formErrorsFrom(run.error, t, i18n).message}</StatusMessage>;
  }
  return <RunPage run={run.data} />;
}
