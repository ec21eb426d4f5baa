import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { useFormatters } from '../locale/use-formatters';
import { Page } from '../shell/page';
import { Loading, StatusMessage } from '../shell/status-message';
import { useCvComments, useCvOverview, useCvVersion, useCvVersions } from './career-queries';
import { CvDocuments } from './cv-documents';
import { CvEditor } from './cv-editor';
import { CvView } from './cv-view';
import { SectorTipsPanel } from './sector-tips-panel';

/** A mentee's CV for whoever may see it: the mentee edits, the mentor and coach comment. */
export function CvPage({ menteeId }: { menteeId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const overview = useCvOverview(menteeId);
  const comments = useCvComments(menteeId);
  const versions = useCvVersions(menteeId, 1);
  const [chosen, setChosen] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const savedNotice = useRef<HTMLDivElement>(null);
  // The editor (and its save button) closes on saving: the focus goes to the notice above the CV.
  useEffect(() => {
    if (saved !== null) savedNotice.current?.focus();
  }, [saved]);
  const older = useCvVersion(menteeId, chosen);
  if (overview.isPending) return <Loading label={t('common.loading')} />;
  if (overview.isError)
    return <StatusMessage tone="error">{formErrorsFrom(overview.error, t, i18n).message}</StatusMessage>;
  const { mentee, relation, current, draft, contactDetails } = overview.data;
  const isSelf = relation === 'self';
  const canEdit = relation !== 'mentor';
  const shown = chosen !== null && older.data ? older.data : current;
  const title = isSelf ? t('career.ownCvTitle') : t('career.cvOf', { name: mentee.name });
  return (
    <Page
      title={title}
      lead={isSelf ? t('career.ownCvLead') : t('career.cvLead')}
      actions={
        <Link
          className="button button--secondary"
          to={isSelf ? '/applications' : `/mentee/${menteeId}/applications`}
        >
          {t('career.toApplications')}
        </Link>
      }
    >
      <div className="cv-layout">
        <div className="cv-layout__main">
          {canEdit ? (
            <p>
              <button
                type="button"
                className="button button--primary"
                aria-expanded={editing}
                onClick={() => {
                  setEditing(!editing);
                  setSaved(null);
                }}
              >
                {editing ? t('career.closeEditor') : current ? t('career.editCv') : t('career.startCv')}
              </button>
            </p>
          ) : null}
          {editing ? (
            <section className="card" aria-label={t('career.editorTitle')}>
              <CvEditor
                key={current?.number ?? 0}
                menteeId={menteeId}
                current={current}
                draft={draft}
                contactDetails={contactDetails}
                onSaved={(number) => {
                  setEditing(false);
                  setChosen(null);
                  setSaved(number);
                }}
              />
            </section>
          ) : null}
          {saved !== null ? (
            <div ref={savedNotice} tabIndex={-1} data-testid="cv-saved">
              <StatusMessage tone="success">{t('career.versionSaved', { version: saved })}</StatusMessage>
            </div>
          ) : null}
          {shown ? (
            <section className="card" aria-labelledby="cv-version-title">
              <h2 className="section-title" id="cv-version-title">
                {t('career.versionHeading', {
                  version: shown.number,
                  when: format.dateTime(shown.createdAt),
                })}
              </h2>
              <CvView
                menteeId={menteeId}
                version={shown}
                comments={comments.data?.items ?? []}
                canMark={isSelf}
                canComment={relation !== 'self'}
              />
            </section>
          ) : (
            <p className="empty-state">{t('career.noCvYet')}</p>
          )}
          {shown ? (
            <CvDocuments menteeId={menteeId} versionNumber={shown.number} canUpload={canEdit} />
          ) : null}
        </div>
        <div className="cv-layout__side">
          <SectorTipsPanel menteeId={menteeId} />
          {versions.data && versions.data.total > 0 ? (
            <nav className="card" aria-labelledby="cv-versions-title">
              <h2 className="section-title" id="cv-versions-title">
                {t('career.versionsTitle')}
              </h2>
              <ul className="plain-list">
                {versions.data.items.map((v) => (
                  <li key={v.id}>
                    <button
                      type="button"
                      className="button button--link"
                      aria-current={shown?.number === v.number ? 'true' : undefined}
                      onClick={() => setChosen(v.number === current?.number ? null : v.number)}
                    >
                      {t('career.versionN', { version: v.number })}
                    </button>
                    {` · ${format.date(v.createdAt)}${v.createdByName ? ` · ${v.createdByName}` : ''}`}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
    </Page>
  );
}
