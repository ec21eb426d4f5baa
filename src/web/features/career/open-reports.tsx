import { type FormEvent, useState } from 'react';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { formErrorsFrom } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { useFormatters } from '../locale/use-formatters';
import { Pagination } from '../paging/pagination';
import { useListParams } from '../paging/use-list-params';
import { Loading, StatusMessage } from '../shell/status-message';
import { useHandleReport, useOpenReports, useReport } from './career-queries';

function ReportDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const report = useReport(id);
  const handle = useHandleReport();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  if (report.isPending) return <Loading label={t('common.loading')} />;
  if (report.isError)
    return <StatusMessage tone="error">{formErrorsFrom(report.error, t, i18n).message}</StatusMessage>;
  const r = report.data;
  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!note.trim());
    if (note.trim()) handle.mutate({ id, note });
  }
  return (
    <div>
      <p className="cv-text" dir="auto">
        {r.whatHappened}
      </p>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('career.fields.grounds')}</dt>
          <dd>{r.grounds.map((g) => t(`career.grounds.${g}`)).join(', ')}</dd>
        </div>
        {r.applicationLabel ? (
          <div className="facts__item">
            <dt>{t('career.reportApplication')}</dt>
            <dd dir="auto">{r.applicationLabel}</dd>
          </div>
        ) : null}
      </dl>
      <form className="form" noValidate onSubmit={submit}>
        <TextAreaField
          idPrefix={`handle-${id}`}
          name="note"
          label={t('career.handledNote')}
          rows={3}
          maxLength={3000}
          value={note}
          error={missing ? t('fieldErrors.required') : undefined}
          onChange={(e) => setNote(e.target.value)}
        />
        {handle.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(handle.error, t, i18n).message}</StatusMessage>
        ) : null}
        <div className="form__actions">
          <SubmitButton label={t('career.markHandled')} pending={handle.isPending} />
        </div>
      </form>
    </div>
  );
}

/** The coach's to-do list of open discrimination reports; opening one is an audited read. */
export function OpenReports() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { page } = useListParams([]);
  const reports = useOpenReports(page);
  const [open, setOpen] = useState<string | null>(null);
  if (reports.isPending) return <Loading label={t('common.loading')} />;
  if (!reports.data || reports.data.total === 0)
    return <p className="empty-state">{t('career.noOpenReports')}</p>;
  return (
    <>
      <ul className="link-list">
        {reports.data.items.map((r) => (
          <li key={r.id} className="card" data-testid="open-report">
            <p>
              <strong>{r.menteeName}</strong>
              {` · ${t('career.reportedOn', { when: format.date(r.createdAt), occurred: format.date(r.occurredOn) })}`}
            </p>
            {open === r.id ? (
              <ReportDetail id={r.id} />
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setOpen(r.id)}>
                {t('career.openReport')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <Pagination page={reports.data.page} pageSize={reports.data.pageSize} total={reports.data.total} />
    </>
  );
}
