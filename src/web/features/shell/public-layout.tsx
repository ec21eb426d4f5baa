import { Link } from 'react-router';
import { useTranslation } from '../../translator';
import { LanguageSwitch } from '../locale/language-switch';
import { FooterLinks, publicFooterLinks } from './footer-links';
import { PageOutlet } from './page-outlet';
import { mainContentId, SkipLink } from './skip-link';

/** The frame of the pages before sign-in: brand, language, one centred card. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="layout layout--public">
      <SkipLink />
      <header className="site-header">
        <div className="site-header__bar">
          <Link className="brand" to="/">
            <span className="brand__mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <div className="site-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id={mainContentId} className="public-main" tabIndex={-1}>
        <PageOutlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.tagline')}</p>
        <FooterLinks links={publicFooterLinks} />
      </footer>
    </div>
  );
}
