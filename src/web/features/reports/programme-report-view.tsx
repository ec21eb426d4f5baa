import type { ReportMeasure } from '../../../contracts/report-vocabulary';
import type { ProgrammeReportBody } from '../../../contracts/reports';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';

type Cells = ProgrammeReportBody['total']['cells'];
type Hidden = ProgrammeReportBody['total']['hidden'];

/** One count as the reader sees it: the number, "< 5" for a small count, "•" for its complement. */
function Count({
  value,
  why,
  threshold,
}: {
  value: number | null;
  why: Hidden[ReportMeasure];
  threshold: number;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (value !== null) return <>{format.number(value)}</>;
  if (why === 'small')
    return (
      <abbr className="report__hidden" title={t('reports.smallTitle', { max: threshold - 1 })}>
        {`< ${threshold}`}
      </abbr>
    );
  return (
    <abbr className="report__hidden" title={t('reports.complementaryTitle')}>
      •
    </abbr>
  );
}

/**
 * The cycle from application to outcome for the whole report, as bars. The chart is drawn for the
 * eye (role="img" with its figures in words); the table beside it holds the same numbers.
 */
export function FunnelChart({ report }: { report: ProgrammeReportBody }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const cells: Cells = report.total.cells;
  const largest = Math.max(1, ...report.measures.map((m) => cells[m] ?? 0));
  // Each measure on two lines (its name, then its bar), so the chart stays legible on a phone.
  const rowHeight = 46;
  const barHeight = 18;
  const width = 400;
  const valueSpace = 44;
  const height = report.measures.length * rowHeight;
  const words = report.measures.map((m) => {
    const value = cells[m];
    return `${t(`reports.measures.${m}`)}: ${value === null ? t('reports.hiddenWord', { threshold: report.threshold }) : format.number(value)}`;
  });
  return (
    <figure className="report__chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="funnel-title funnel-desc"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="funnel-title">{t('reports.chartTitle')}</title>
        <desc id="funnel-desc">{words.join('; ')}</desc>
        {report.measures.map((m, i) => {
          const value = cells[m];
          const y = i * rowHeight;
          const barWidth = value === null ? 0 : ((width - valueSpace) * value) / largest;
          return (
            <g key={m}>
              <text x={0} y={y + 14} className="report__chart-label">
                {t(`reports.measures.${m}`)}
              </text>
              <rect
                x={0}
                y={y + 20}
                width={barWidth}
                height={barHeight}
                rx={3}
                className="report__chart-bar"
              />
              <text
                x={barWidth + 6}
                y={y + 20 + barHeight / 2}
                dominantBaseline="middle"
                className="report__chart-value"
              >
                {value === null
                  ? report.total.hidden[m] === 'small'
                    ? `< ${report.threshold}`
                    : '•'
                  : format.number(value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('reports.chartCaption')}</figcaption>
    </figure>
  );
}

/** The report's table: a row per group and the total, a column per measure, each headed in words. */
export function ReportTable({ report, groupHeading }: { report: ProgrammeReportBody; groupHeading: string }) {
  const { t } = useTranslation();
  const line = (label: string, cells: Cells, hidden: Hidden, total = false) => (
    <tr key={label} className={total ? 'report__total' : undefined}>
      <th scope="row" data-label={groupHeading}>
        {label}
      </th>
      {report.measures.map((m) => (
        <td key={m} data-label={t(`reports.measures.${m}`)} className="table__number">
          <Count value={cells[m]} why={hidden[m]} threshold={report.threshold} />
        </td>
      ))}
    </tr>
  );
  return (
    <div className="table-wrap">
      <table className="table report__table" data-testid="programme-report">
        <caption className="visually-hidden">{t('reports.tableCaption', { group: groupHeading })}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeading}</th>
            {report.measures.map((m) => (
              <th key={m} scope="col">
                <a href={`#measure-${m}`}>{t(`reports.measures.${m}`)}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => line(row.label, row.cells, row.hidden))}
          {line(t('reports.total'), report.total.cells, report.total.hidden, true)}
        </tbody>
      </table>
    </div>
  );
}
