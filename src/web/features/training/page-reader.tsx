import type { Locale, TrainingPage } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { useFormatters } from '../locale/use-formatters';
import { StatusMessage } from '../shell/status-message';
import { useMarkRead } from './material-queries';
import { localizedText } from './training-vocabulary';

interface PageReaderProps {
  moduleId: string;
  pages: TrainingPage[];
  locale: Locale;
  /** Participants mark pages read; staff only read. */
  canMarkRead: boolean;
}

/**
 * The self-study pages of a module, in order. The HTML was sanitised by the server when it was
 * written (services/training/sanitise-page-html.ts) and is rendered only from that string.
 */
export function PageReader({ moduleId, pages, locale, canMarkRead }: PageReaderProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const markRead = useMarkRead(moduleId);
  return (
    <ol className="reader">
      {pages.map((page, index) => {
        const title = localizedText(page.title, locale);
        const titleId = `page-${page.id}-title`;
        return (
          <li key={page.id} className="card reader__page" data-testid="training-page">
            <article aria-labelledby={titleId}>
              <h2 className="section-title" id={titleId}>
                {t('material.pageNumber', { number: format.number(index + 1) })} {title}
              </h2>
              <div
                className="prose reader__body"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server when written
                dangerouslySetInnerHTML={{ __html: localizedText(page.body, locale) }}
              />
              {canMarkRead ? (
                <div className="reader__actions">
                  {page.readAt ? (
                    <p className="badge badge--ok" data-testid="page-read">
                      {t('material.read', { date: format.date(page.readAt) })}
                    </p>
                  ) : (
                    <button
                      type="button"
                      className="button button--primary"
                      disabled={markRead.isPending}
                      onClick={() => markRead.mutate(page.id)}
                    >
                      {t('material.markRead')}
                      <span className="visually-hidden">{`: ${title}`}</span>
                    </button>
                  )}
                </div>
              ) : null}
            </article>
          </li>
        );
      })}
      {markRead.error ? (
        <StatusMessage tone="error">{formErrorsFrom(markRead.error, t, i18n).message}</StatusMessage>
      ) : null}
    </ol>
  );
}
