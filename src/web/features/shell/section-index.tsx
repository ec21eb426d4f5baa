import { useTranslation } from '../../translator';

export interface PageSectionLink {
  /** The id of the section's element on the page. */
  id: string;
  label: string;
}

/**
 * Links to the sections of a long page ("On this page"), so a section is reached without scrolling
 * through the ones before it. Stays in view under the header on a wide screen.
 */
export function SectionIndex({ sections }: { sections: PageSectionLink[] }) {
  const { t } = useTranslation();
  return (
    <nav className="section-index" aria-label={t('common.onThisPage')}>
      <ul className="section-index__list">
        {sections.map((section) => (
          <li key={section.id}>
            <a className="section-index__link" href={`#${section.id}`}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
