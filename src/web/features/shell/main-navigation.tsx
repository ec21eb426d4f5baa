import { useEffect, useId, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from '../../translator';
import type { NavGroup, NavItem } from './navigation';
import { usePhoneLayout } from './use-phone-layout';

function NavLinks({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  return items.map((item) => (
    <li key={item.to}>
      <NavLink to={item.to} end={item.to === '/'} className="main-nav__link">
        {t(item.label)}
      </NavLink>
    </li>
  ));
}

function isIn(group: NavGroup, pathname: string): boolean {
  return group.items.some((item) => pathname === item.to || pathname.startsWith(`${item.to}/`));
}

/** A labelled group on a wide screen: a button that opens its links below it. */
function NavMenu({ group }: { group: NavGroup }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLLIElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: close whenever the page changes
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const current = isIn(group, pathname);
  return (
    <li className="nav-menu" ref={root}>
      <button
        type="button"
        className={
          current
            ? 'main-nav__link nav-menu__button nav-menu__button--current'
            : 'main-nav__link nav-menu__button'
        }
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {t(group.label ?? '')}
        <span className="nav-menu__caret" aria-hidden="true" />
      </button>
      <ul id={listId} className="nav-menu__list" hidden={!open}>
        <NavLinks items={group.items} />
      </ul>
    </li>
  );
}

/**
 * The role's navigation in groups: the daily links always in view; on a wide screen every other group
 * is one menu button, in the phone menu a headed list.
 */
export function MainNavigation({ groups }: { groups: NavGroup[] }) {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  if (phone)
    return groups.map((group) => (
      <div key={group.label ?? 'daily'} className="main-nav__group">
        {group.label ? <p className="main-nav__group-title">{t(group.label)}</p> : null}
        <ul className="main-nav__list">
          <NavLinks items={group.items} />
        </ul>
      </div>
    ));
  return (
    <ul className="main-nav__list">
      {groups.map((group) =>
        group.label ? (
          <NavMenu key={group.label} group={group} />
        ) : (
          <NavLinks key="daily" items={group.items} />
        ),
      )}
    </ul>
  );
}
