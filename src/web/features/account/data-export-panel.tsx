import { useTranslation } from '../../translator';

/** The two downloads of one's own data: readable (PDF) and machine-readable (JSON). */
export function DataExportLinks() {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <a className="button button--secondary" href="/api/me/data-export.pdf" download>
        {t('dataExport.downloadPdf')}
      </a>
      <a className="button button--secondary" href="/api/me/data-export" download>
        {t('dataExport.download')}
      </a>
    </div>
  );
}

/** A participant downloads everything the platform holds about them (right of access, docs/privacy.md). */
export function DataExportPanel() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="data-export-title">
      <h2 className="section-title" id="data-export-title">
        {t('dataExport.title')}
      </h2>
      <p>{t('dataExport.text')}</p>
      <p className="muted">{t('dataExport.format')}</p>
      <DataExportLinks />
    </section>
  );
}
