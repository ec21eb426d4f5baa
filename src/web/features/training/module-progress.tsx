import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';
import { certificateHref } from './material-queries';

interface ModuleProgressProps {
  moduleId: string;
  pagesRead: number;
  pageCount: number;
  complete: boolean;
}

/** Reading progress of a self-study module, and the certificate once the module is complete. */
export function ModuleProgress({ moduleId, pagesRead, pageCount, complete }: ModuleProgressProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labelId = `progress-${moduleId}`;
  return (
    <div className="module-progress" data-testid="module-progress">
      {pageCount > 0 ? (
        <>
          <p className="module-progress__label" id={labelId}>
            {t('material.progress', { read: format.number(pagesRead), total: format.number(pageCount) })}
          </p>
          <progress
            className="module-progress__bar"
            max={pageCount}
            value={pagesRead}
            aria-labelledby={labelId}
          />
        </>
      ) : null}
      {complete ? (
        <p className="module-progress__done">
          <span className="badge badge--success">{t('material.complete')}</span>
          <a
            className="button button--primary"
            href={certificateHref(moduleId)}
            download
            data-testid="certificate-link"
          >
            {t('material.certificate')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
