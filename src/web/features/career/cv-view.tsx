import type { ReactNode } from 'react';
import { type CvSection, cefrSkills } from '../../../contracts/career-vocabulary';
import { useTranslation } from '../../translator';
import { useCountryName } from '../languages/country-options';
import { useLanguageName } from '../languages/language-options';
import type { CvComment, CvVersion } from './career-types';
import { CommentBox, SectionComments } from './cv-comments';

interface CvViewProps {
  menteeId: string;
  version: CvVersion;
  comments: CvComment[];
  /** The mentee marks comments done; the mentor and the coach write them. */
  canMark: boolean;
  canComment: boolean;
}

/** One version of the CV as text, each section with its comments beside it. */
export function CvView({ menteeId, version, comments, canMark, canComment }: CvViewProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const languageName = useLanguageName();
  const cv = version.content;
  const on = (section: string, itemIndex?: number) =>
    comments.filter((c) => c.section === section && (itemIndex === undefined || c.itemIndex === itemIndex));

  const block = (section: CvSection, body: ReactNode, itemIndex?: number, label?: string) => {
    const here = on(section, itemIndex);
    return (
      <div className="cv-block">
        <div className="cv-block__text">{body}</div>
        {/* No empty column (and no gap under the text) where there is nothing to show beside it. */}
        {here.length > 0 || canComment ? (
          <div className="cv-block__side">
            <SectionComments comments={here} menteeId={menteeId} canMark={canMark} />
            {canComment ? (
              <CommentBox
                menteeId={menteeId}
                versionNumber={version.number}
                section={section}
                {...(itemIndex !== undefined ? { itemIndex } : {})}
                label={label ?? t(`career.sections.${section}`)}
              />
            ) : null}
          </div>
        ) : null}
      </div>
    );
  };

  const list = (items: string[]) =>
    items.length ? (
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item} dir="auto">
            {item}
          </li>
        ))}
      </ul>
    ) : (
      <p className="muted">{t('career.emptySection')}</p>
    );

  return (
    <div className="cv-view">
      <section aria-labelledby="cv-profile">
        <h3 className="subsection-title" id="cv-profile">
          {t('career.sections.profile')}
        </h3>
        {block(
          'profile',
          cv.profile ? (
            <p dir="auto" className="cv-text">
              {cv.profile}
            </p>
          ) : (
            <p className="muted">{t('career.emptySection')}</p>
          ),
        )}
      </section>
      <section aria-labelledby="cv-experience">
        <h3 className="subsection-title" id="cv-experience">
          {t('career.sections.experience')}
        </h3>
        {cv.experience.length === 0 ? <p className="muted">{t('career.emptySection')}</p> : null}
        {cv.experience.map((job, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a version never changes; the position is the item's identity
          <div key={`experience-${i}`}>
            {block(
              'experience',
              <>
                {/* Each name in its own direction: an Arabic employer beside a Dutch role. */}
                <p className="cv-item__title">
                  <bdi>{job.role}</bdi> · <bdi>{job.employer}</bdi>
                </p>
                <p className="muted">{`${job.from} – ${job.to ?? t('career.now')} · ${countryName(job.country)}`}</p>
                {job.description ? (
                  <p dir="auto" className="cv-text">
                    {job.description}
                  </p>
                ) : null}
              </>,
              i,
              job.role,
            )}
          </div>
        ))}
      </section>
      <section aria-labelledby="cv-education">
        <h3 className="subsection-title" id="cv-education">
          {t('career.sections.education')}
        </h3>
        {cv.education.length === 0 ? <p className="muted">{t('career.emptySection')}</p> : null}
        {cv.education.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a version never changes; the position is the item's identity
          <div key={`education-${i}`}>
            {block(
              'education',
              <>
                <p className="cv-item__title" dir="auto">
                  {d.title}
                </p>
                <p className="muted">
                  <span dir="auto">{d.institution}</span>
                  {` · ${countryName(d.country)} · ${d.year} · ${t(`career.recognised.${d.recognised}`)}`}
                </p>
              </>,
              i,
              d.title,
            )}
          </div>
        ))}
      </section>
      <section aria-labelledby="cv-skills">
        <h3 className="subsection-title" id="cv-skills">
          {t('career.sections.skills')}
        </h3>
        {block(
          'skills',
          list([...cv.skills.esco.map((uri) => version.skillLabels[uri] ?? uri), ...cv.skills.free]),
        )}
      </section>
      <section aria-labelledby="cv-languages">
        <h3 className="subsection-title" id="cv-languages">
          {t('career.sections.languages')}
        </h3>
        {block(
          'languages',
          <>
            {cv.languages.motherTongues.length ? (
              <p>{`${t('career.fields.motherTongue')}: ${cv.languages.motherTongues.map(languageName).join(', ')}`}</p>
            ) : null}
            {cv.languages.foreign.length ? (
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">{t('career.cefrCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('career.fields.foreignLanguage')}</th>
                      {cefrSkills.map((skill) => (
                        <th scope="col" key={skill}>
                          {t(`career.cefr.${skill}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {cv.languages.foreign.map((f) => (
                      <tr key={f.code}>
                        <th scope="row" data-label={t('career.fields.foreignLanguage')}>
                          {languageName(f.code)}
                        </th>
                        {cefrSkills.map((skill) => (
                          <td key={skill} data-label={t(`career.cefr.${skill}`)}>
                            {f[skill]}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </>,
        )}
      </section>
      <section aria-labelledby="cv-talents">
        <h3 className="subsection-title" id="cv-talents">
          {t('career.sections.talents')}
        </h3>
        {block('talents', list(cv.talents))}
      </section>
      <section aria-labelledby="cv-interests">
        <h3 className="subsection-title" id="cv-interests">
          {t('career.sections.interests')}
        </h3>
        {block('interests', list(cv.interests))}
      </section>
    </div>
  );
}
