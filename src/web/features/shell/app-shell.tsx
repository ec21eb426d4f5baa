import { useEffect, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import type { CurrentUser } from '../../api/types';
import { useTranslation } from '../../translator';
import { useSession } from '../auth/session';
import { LanguageSwitch } from '../locale/language-switch';
import { PeopleSearchBox } from '../people/people-search-box';
import { appFooterLinks, FooterLinks } from './footer-links';
import { MainNavigation } from './main-navigation';
import { accountItem, navigationByRole } from './navigation';
import { PageOutlet } from './page-outlet';
import { SignOutButton } from './sign-out-button';
import { mainContentId, SkipLink } from './skip-link';
import { usePhoneLayout } from './use-phone-layout';

const navId = 'primary-navigation';

/** Who is signed in, as a link to their account page, and the sign-out button. */
function UserArea({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <div className="user-area">
      <NavLink to={accountItem.to} className="user-badge">
        <span className="visually-hidden">{t(accountItem.label)}: </span>
        <span className="user-badge__name">{user.name}</span>
        <span className="user-badge__role">
          {t(`roles.${user.role}`)}
          {user.associationName ? ` · ${user.associationName}` : ''}
        </span>
      </NavLink>
      <SignOutButton />
    </div>
  );
}

/**
 * The signed-in frame: skip link, header with the programme name, name search (staff), language and
 * who is signed in; the role's navigation in groups (behind a menu button on a phone, with who is
 * signed in); and the page in <main>.
 */
export function AppShell() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const phone = usePhoneLayout();

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the menu whenever the page changes
  useEffect(() => {
    setMenuOpen(false);
  }, [location.pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  if (!session) return null;
  const groups = navigationByRole[session.user.role];

  return (
    <div className="layout layout--app">
      <SkipLink />
      <header className="site-header">
        <div className="site-header__bar">
          <Link className="brand" to="/">
            <span className="brand__mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          {session.user.role === 'coach' || session.user.role === 'admin' ? <PeopleSearchBox /> : null}
          <div className="site-header__tools">
            <LanguageSwitch />
            {phone ? null : <UserArea user={session.user} />}
            <button
              type="button"
              className="nav-toggle"
              data-testid="nav-toggle"
              aria-expanded={menuOpen}
              aria-controls={navId}
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="nav-toggle__icon" aria-hidden="true" />
              <span className="nav-toggle__label">{t('shell.menu')}</span>
            </button>
          </div>
        </div>
        <nav
          id={navId}
          className={menuOpen ? 'main-nav main-nav--open' : 'main-nav'}
          aria-label={t('shell.mainNavigation')}
        >
          <div className="main-nav__groups">
            <MainNavigation groups={groups} />
          </div>
          {phone ? (
            <div className="main-nav__user">
              <UserArea user={session.user} />
            </div>
          ) : null}
        </nav>
      </header>
      <main id={mainContentId} className="app-main" tabIndex={-1}>
        <PageOutlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.tagline')}</p>
        <FooterLinks links={appFooterLinks} />
      </footer>
    </div>
  );
}
