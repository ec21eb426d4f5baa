import { Link } from 'react-router';
import { useTranslation } from '../../translator';
import type { NavItem } from './navigation';

export const publicFooterLinks: NavItem[] = [
  { to: '/apply', label: 'footer.apply' },
  { to: '/sign-in', label: 'footer.signIn' },
  { to: '/about', label: 'footer.about' },
];
export const appFooterLinks: NavItem[] = [{ to: '/about', label: 'footer.about' }];

/** The small links at the bottom of every page ("About and credits" among them). */
export function FooterLinks({ links }: { links: NavItem[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('footer.label')}>
      <ul className="site-footer__links">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{t(link.label)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
