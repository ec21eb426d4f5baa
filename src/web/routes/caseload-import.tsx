import { Link } from 'react-router';
import { ImportForm } from '../features/import/import-form';
import { Page } from '../features/shell/page';
import { useTranslation } from '../translator';

/** /caseload/import (coach, admin): add many applicants at once from a spreadsheet. */
export function CaseloadImportRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('import.title')}
      lead={t('import.lead')}
      actions={
        <Link className="button button--quiet" to="/caseload">
          {t('person.backToCaseload')}
        </Link>
      }
    >
      <ImportForm />
    </Page>
  );
}
