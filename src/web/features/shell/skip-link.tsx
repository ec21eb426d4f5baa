import type { MouseEvent } from 'react';
import { useTranslation } from '../../translator';

export const mainContentId = 'main-content';

/**
 * "Naar de inhoud": the first stop for keyboard users. It moves focus itself instead of changing
 * the URL hash, which holds the token on the invitation and password-reset pages.
 */
export function SkipLink() {
  const { t } = useTranslation();
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const main = document.getElementById(mainContentId);
    main?.focus();
    main?.scrollIntoView();
  }
  return (
    <a className="skip-link" href={`#${mainContentId}`} onClick={skip}>
      {t('shell.skipToContent')}
    </a>
  );
}
