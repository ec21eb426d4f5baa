import type { Role } from '../api/types';
import { useSession } from '../features/auth/session';
import { formErrorsFrom } from '../features/forms/form-errors';
import { useListParams } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { AudienceFilter, toAudienceFilter } from '../features/training/audience-filter';
import { ModuleCard } from '../features/training/module-card';
import { ModuleForm } from '../features/training/module-form';
import { useTrainingModules } from '../features/training/training-queries';
import { isParticipant } from '../features/training/training-vocabulary';
import { currentLocale } from '../i18n';
import { useTranslation } from '../translator';

const filterNames = ['audience'] as const;

function Catalogue({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const { filters, setFilters } = useListParams(filterNames);
  const chosen = toAudienceFilter(filters.audience);
  const audience = isParticipant(role) ? role : chosen || undefined;
  const modules = useTrainingModules(audience);
  const locale = currentLocale(i18n);
  return (
    <>
      {isParticipant(role) ? null : (
        <AudienceFilter value={chosen} onChange={(value) => setFilters({ audience: value })} />
      )}
      {modules.isPending ? (
        <Loading label={t('common.loading')} />
      ) : modules.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(modules.error, t, i18n).message}</StatusMessage>
      ) : modules.data.length === 0 ? (
        <p className="empty-state">{t('training.empty')}</p>
      ) : (
        <div className="training-list">
          {modules.data.map((module) => (
            <ModuleCard key={module.id} module={module} role={role} locale={locale} />
          ))}
        </div>
      )}
    </>
  );
}

/** /training (everyone who takes part or runs the programme): the training catalogue. */
export function TrainingRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (!session) return null;
  const role = session.user.role;
  const lead = isParticipant(role) ? t(`training.lead.${role}`) : t('training.lead.staff');
  if (role !== 'admin')
    return (
      <Page title={t('training.title')} lead={lead}>
        <Catalogue role={role} />
      </Page>
    );
  return (
    <Page title={t('training.title')} lead={lead}>
      <div className="split">
        <div className="split__main">
          <Catalogue role={role} />
        </div>
        <aside className="card split__side" aria-label={t('training.addModule')}>
          <ModuleForm />
        </aside>
      </div>
    </Page>
  );
}
