import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from '../../translator';

let isFirstPage = true;

interface PageProps {
  title: string;
  /** A sentence under the heading that says what the page is for. */
  lead?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * Every page's frame: the one h1, the document title, and focus moved to the heading after a
 * client-side navigation so screen-reader users hear where they arrived.
 */
export function Page({ title, lead, actions, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (isFirstPage) {
      isFirstPage = false;
      return;
    }
    heading.current?.focus();
  }, []);

  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1 className="page__title" tabIndex={-1} ref={heading}>
            {title}
          </h1>
          {lead ? <p className="page__lead">{lead}</p> : null}
        </div>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
