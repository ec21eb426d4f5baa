import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Role, TrainingModule } from '../api/types';
import { useSession } from '../features/auth/session';
import { formErrorsFrom } from '../features/forms/form-errors';
import { NotFoundPage } from '../features/shell/not-found-page';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useModulePages } from '../features/training/material-queries';
import { ModuleProgress } from '../features/training/module-progress';
import { ModuleSessions } from '../features/training/module-sessions';
import { PageEditor } from '../features/training/page-editor';
import { PageReader } from '../features/training/page-reader';
import { useTrainingModules } from '../features/training/training-queries';
import { isParticipant, localizedText } from '../features/training/training-vocabulary';
import { currentLocale } from '../i18n';
import { useTranslation } from '../translator';

function PageAdmin({
  moduleId,
  pages,
}: {
  moduleId: string;
  pages: { id: string; title: Record<string, string> }[];
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const pagesQuery = useModulePages(moduleId);
  const page = pagesQuery.data?.items.find((p) => p.id === editing) ?? null;
  const locale = currentLocale(i18n);
  return (
    <section className="card" aria-labelledby="page-admin-title">
      <h2 className="section-title" id="page-admin-title">
        {t('material.adminTitle')}
      </h2>
      {pages.length > 0 ? (
        <ul className="plain-list page-admin__list">
          {pages.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setEditing(p.id)}
              >
                {t('material.editPage')}
                <span className="visually-hidden">{`: ${localizedText(p.title, locale)}`}</span>
              </button>{' '}
              {localizedText(p.title, locale)}
            </li>
          ))}
        </ul>
      ) : null}
      {page ? (
        <PageEditor key={page.id} moduleId={moduleId} page={page} onDone={() => setEditing(null)} />
      ) : null}
      <PageEditor moduleId={moduleId} page={null} />
    </section>
  );
}

function ModulePage({ module, role }: { module: TrainingModule; role: Role }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const pages = useModulePages(module.id);
  const title = localizedText(module.title, locale);
  const selfStudy = module.format === 'self_study';
  return (
    <Page
      title={title}
      lead={localizedText(module.description, locale)}
      actions={
        <Link className="button button--quiet" to="/training">
          {t('training.back')}
        </Link>
      }
    >
      {pages.isPending ? (
        <Loading label={t('common.loading')} />
      ) : pages.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(pages.error, t, i18n).message}</StatusMessage>
      ) : (
        <>
          {isParticipant(role) ? (
            <section className="card" aria-label={t('material.progressTitle')}>
              <ModuleProgress
                moduleId={module.id}
                pagesRead={pages.data.pagesRead}
                pageCount={pages.data.total}
                complete={pages.data.complete}
              />
            </section>
          ) : null}
          {pages.data.items.length > 0 ? (
            <PageReader
              moduleId={module.id}
              pages={pages.data.items}
              locale={locale}
              canMarkRead={isParticipant(role)}
            />
          ) : selfStudy ? (
            <p className="empty-state">{t('material.noPages')}</p>
          ) : null}
          {role === 'admin' ? <PageAdmin moduleId={module.id} pages={pages.data.items} /> : null}
        </>
      )}
      {selfStudy ? null : (
        <section className="card" aria-labelledby="module-sessions-title">
          <h2 className="section-title" id="module-sessions-title">
            {t('training.sessions')}
          </h2>
          <ModuleSessions moduleId={module.id} moduleTitle={title} role={role} />
        </section>
      )}
    </Page>
  );
}

/** /training/modules/:id: a module with its self-study pages, progress, certificate and sessions. */
export function TrainingModuleRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data: session } = useSession();
  const role = session?.user.role;
  const modules = useTrainingModules(role && isParticipant(role) ? role : undefined);
  if (!role) return null;
  if (modules.isPending) return <Loading label={t('common.loading')} />;
  if (modules.isError)
    return <StatusMessage tone="error">{formErrorsFrom(modules.error, t, i18n).message}</StatusMessage>;
  const module = modules.data.find((m) => m.id === id);
  if (!module) return <NotFoundPage />;
  return <ModulePage module={module} role={role} />;
}
