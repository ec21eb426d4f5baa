import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type ReportGrouping, reportGroupings } from '../../contracts/report-vocabulary';
import { useSession } from '../features/auth/session';
import { SelectField, TextField } from '../features/forms/field';
import { useFormatters } from '../features/locale/use-formatters';
import { IncompleteFacts } from '../features/participant-facts/incomplete-facts';
import { FunnelChart, ReportTable } from '../features/reports/programme-report-view';
import { reportDownloadHref, useProgrammeReport } from '../features/reports/report-queries';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { currentLocale } from '../i18n';
import { useTranslation } from '../translator';

const isDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
const groupingOf = (value: string | null): ReportGrouping =>
  reportGroupings.find((g) => g === value) ?? 'region';

/**
 * /programme-report (and the funder's home): the programme in figures for a period, by region,
 * association, sector or age band. A funder sees small counts hidden; staff see every count of
 * their scope (an admin the programme, a coach their association).
 */
export function ProgrammeReportRoute() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const year = new Date().getFullYear();
  const query = {
    from: isDay(params.get('from')) ?? `${year}-01-01`,
    to: isDay(params.get('to')) ?? `${year}-12-31`,
    by: groupingOf(params.get('by')),
    lang: currentLocale(i18n),
  };
  const report = useProgrammeReport(query);
  const funder = session?.user.role === 'funder';
  const format = useFormatters();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setParams({
      from: String(data.get('from') ?? query.from),
      to: String(data.get('to') ?? query.to),
      by: String(data.get('by') ?? query.by),
    });
  }

  const groupHeading = t(`reports.groupings.${query.by}`);
  return (
    <Page title={t('reports.title')} lead={t(funder ? 'reports.leadFunder' : 'reports.leadStaff')}>
      <section className="card" aria-labelledby="report-choice-title">
        <h2 className="section-title" id="report-choice-title">
          {t('reports.choose')}
        </h2>
        <form className="form--inline" onSubmit={submit} key={`${query.from}-${query.to}-${query.by}`}>
          <TextField
            idPrefix="report"
            name="from"
            type="date"
            label={t('reports.from')}
            defaultValue={query.from}
            required
          />
          <TextField
            idPrefix="report"
            name="to"
            type="date"
            label={t('reports.to')}
            defaultValue={query.to}
            required
          />
          <SelectField idPrefix="report" name="by" label={t('reports.by')} defaultValue={query.by}>
            {reportGroupings.map((g) => (
              <option key={g} value={g}>
                {t(`reports.groupings.${g}`)}
              </option>
            ))}
          </SelectField>
          <div className="form__actions">
            <button type="submit" className="button button--secondary">
              {t('reports.show')}
            </button>
          </div>
        </form>
      </section>
      {report.isPending ? (
        <Loading label={t('common.loading')} />
      ) : report.isError ? (
        <StatusMessage tone="error" title={t('reports.failed')}>
          {report.error.message}
        </StatusMessage>
      ) : (
        <>
          <section className="card" aria-labelledby="report-figures-title">
            <h2 className="section-title" id="report-figures-title">
              {report.data.scope.associationName
                ? t('reports.figuresOf', { name: report.data.scope.associationName })
                : t('reports.figures')}
            </h2>
            <p className="hint">
              {t('reports.cohort', {
                from: format.date(`${query.from}T12:00:00Z`),
                to: format.date(`${query.to}T12:00:00Z`),
              })}
            </p>
            <div className="report__layout">
              <FunnelChart report={report.data} />
              <ReportTable report={report.data} groupHeading={groupHeading} />
            </div>
            <ul className="inline-links" aria-label={t('reports.downloads')}>
              <li>
                <a
                  className="button button--secondary button--small"
                  href={reportDownloadHref(query, 'xlsx')}
                  download
                >
                  {t('reports.downloadXlsx')}
                </a>
              </li>
              <li>
                <a
                  className="button button--secondary button--small"
                  href={reportDownloadHref(query, 'csv')}
                  download
                >
                  {t('reports.downloadCsv')}
                </a>
              </li>
            </ul>
          </section>
          <section className="card prose" aria-labelledby="report-rule-title">
            <h2 className="section-title" id="report-rule-title">
              {t('reports.ruleTitle')}
            </h2>
            {report.data.audience === 'funder' ? (
              <>
                <p>
                  {t('reports.ruleSmall', {
                    threshold: report.data.threshold,
                    max: report.data.threshold - 1,
                  })}
                </p>
                <p>{t('reports.ruleComplementary')}</p>
              </>
            ) : (
              <p>{t('reports.ruleStaff')}</p>
            )}
            <h3>{t('reports.definitionsTitle')}</h3>
            <dl className="report__definitions">
              {report.data.measures.map((m) => (
                <div key={m} id={`measure-${m}`}>
                  <dt>{t(`reports.measures.${m}`)}</dt>
                  <dd>{t(`reports.definitions.${m}`)}</dd>
                </div>
              ))}
            </dl>
            {funder ? null : (
              <p>
                <Link to="/">{t('reports.back')}</Link>
              </p>
            )}
          </section>
        </>
      )}
      {funder ? null : <IncompleteFacts />}
    </Page>
  );
}
