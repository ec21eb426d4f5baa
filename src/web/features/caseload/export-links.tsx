import { withQuery } from '../../api/client';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';
import type { CaseloadFilters } from './caseload-filters';

/** Download the filtered caseload as CSV or Excel in the page's language (plain links: the browser handles the file). */
export function ExportLinks({ filters }: { filters: CaseloadFilters }) {
  const { t, i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const href = (format: 'csv' | 'xlsx') => withQuery('/api/caseload/export', { format, lang, ...filters });
  return (
    <ul className="inline-links" aria-label={t('caseload.exportLabel')}>
      <li>
        <a className="button button--secondary button--small" href={href('csv')} download>
          {t('caseload.exportCsv')}
        </a>
      </li>
      <li>
        <a className="button button--secondary button--small" href={href('xlsx')} download>
          {t('caseload.exportXlsx')}
        </a>
      </li>
    </ul>
  );
}
