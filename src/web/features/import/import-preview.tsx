import { useTranslation } from '../../translator';
import type { ImportCheck, ImportRowError } from './import-queries';

/** The first rows as the platform read them, one column per mapped field. */
export function ImportSample({ check }: { check: ImportCheck }) {
  const { t } = useTranslation();
  if (check.sample.length === 0) return null;
  const columns = check.columns;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="import-sample">
        <caption className="table__caption">{t('import.sampleTitle')}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {check.sample.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity
            <tr key={index}>
              {columns.map((column) => (
                <td key={column} data-label={column} className="break-all">
                  {row[column] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Row 12, column E-mail: ..." for every problem found. */
export function ImportErrors({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <div className="notice notice--error" data-testid="import-errors">
      <p className="notice__title">{t('import.errorsTitle', { number: errors.length })}</p>
      <ul className="import-errors">
        {errors.map((error) => (
          <li key={`${error.row}-${error.column}-${error.code}`}>
            {t('import.errorLine', { row: error.row, column: error.column || '—' })}{' '}
            {t([`errors.${error.code}`, `fieldErrors.${error.code}`], { defaultValue: error.message })}
          </li>
        ))}
      </ul>
    </div>
  );
}
