import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';

/**
 * The retention dry run for the administrator (docs/privacy.md, "Retention"): per data class, how
 * many records are past their period and what the daily job does with them.
 */
export function RetentionReport() {
  const { t } = useTranslation();
  const format = useFormatters();
  const report = useQuery({
    queryKey: ['retention'],
    queryFn: () => callApi('GET /api/admin/retention'),
  });
  if (!report.isSuccess) return null;
  return (
    <section className="card" aria-labelledby="overview-retention" id="retention">
      <h2 className="section-title" id="overview-retention">
        {t('retention.title')}
      </h2>
      <p>{t('retention.lead')}</p>
      <p>{t(report.data.enforced ? 'retention.enforced' : 'retention.notEnforced')}</p>
      <div className="table-wrap">
        <table className="table" data-testid="retention">
          <caption className="visually-hidden">{t('retention.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('retention.class')}</th>
              <th scope="col">{t('retention.days')}</th>
              <th scope="col">{t('retention.due')}</th>
              <th scope="col">{t('retention.what')}</th>
            </tr>
          </thead>
          <tbody>
            {report.data.lines.map((line) => (
              <tr key={line.dataClass}>
                <th scope="row" data-label={t('retention.class')}>
                  {t(`retention.classes.${line.dataClass}`)}
                </th>
                <td data-label={t('retention.days')}>{format.number(line.days)}</td>
                <td data-label={t('retention.due')}>{format.number(line.due)}</td>
                <td data-label={t('retention.what')}>
                  {t(`retention.actions.${line.action}`)}
                  {line.action !== 'keep' && !line.enforced ? ` (${t('retention.waits')})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
