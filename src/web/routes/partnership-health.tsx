import { useAllAssociations } from '../features/associations/association-queries';
import { useSession } from '../features/auth/session';
import { CheckboxField } from '../features/forms/choice-field';
import { SelectField } from '../features/forms/field';
import { formErrorsFrom } from '../features/forms/form-errors';
import { useFormatters } from '../features/locale/use-formatters';
import { Pagination } from '../features/paging/pagination';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { HealthTable } from '../features/partnerships/health-table';
import { useHealthScreen } from '../features/partnerships/partnership-queries';
import { healthStates } from '../features/partnerships/partnership-vocabulary';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

const filterNames = ['state', 'associationId', 'mine'] as const;

function AssociationFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const associations = useAllAssociations();
  return (
    <SelectField
      idPrefix="health"
      name="associationId"
      label={t('fields.association')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('partnerships.healthScreen.allAssociations')}</option>
      {(associations.data ?? []).map((association) => (
        <option key={association.id} value={association.id}>
          {association.name}
        </option>
      ))}
    </SelectField>
  );
}

/** /partnerships/health (coach, admin): every running duo on one screen, riskiest first. */
export function PartnershipHealthRoute() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { data: session } = useSession();
  const { page, filters, setFilters } = useListParams(filterNames);
  const isAdmin = session?.user.role === 'admin';
  const state = healthStates.find((known) => known === filters.state);
  const screen = useHealthScreen(
    {
      page,
      state,
      associationId: isAdmin ? filters.associationId || undefined : undefined,
      coachId: filters.mine === '1' && session ? session.user.id : undefined,
    },
    pageSize,
  );
  if (!session) return null;
  return (
    <Page title={t('partnerships.healthScreen.title')} lead={t('partnerships.healthScreen.lead')}>
      <section className="card" aria-label={t('partnerships.healthScreen.title')}>
        <div className="filters filters--health">
          {isAdmin ? (
            <AssociationFilter
              value={filters.associationId}
              onChange={(value) => setFilters({ associationId: value })}
            />
          ) : (
            <CheckboxField
              idPrefix="health"
              name="mine"
              label={t('partnerships.healthScreen.onlyMine')}
              checked={filters.mine === '1'}
              onChange={(checked) => setFilters({ mine: checked ? '1' : '' })}
            />
          )}
        </div>
        {screen.isPending ? (
          <Loading label={t('common.loading')} />
        ) : screen.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(screen.error, t, i18n).message}</StatusMessage>
        ) : (
          <>
            <ul className="status-chips" aria-label={t('partnerships.healthScreen.countsLabel')}>
              {healthStates.map((value) => (
                <li key={value}>
                  <button
                    type="button"
                    className={`status-chip status-chip--${value}`}
                    aria-pressed={state === value}
                    data-testid={`health-count-${value}`}
                    onClick={() => setFilters({ state: state === value ? '' : value })}
                  >
                    <span>{t(`partnerships.health.${value}`)}</span>
                    <span className="status-chip__count">{format.number(screen.data.counts[value])}</span>
                  </button>
                </li>
              ))}
            </ul>
            {screen.data.items.length === 0 ? (
              <p className="empty-state" data-testid="health-empty">
                {state ? t('common.noResults') : t('partnerships.healthScreen.empty')}
              </p>
            ) : (
              <>
                <HealthTable rows={screen.data.items} showCoach={isAdmin || filters.mine !== '1'} />
                <Pagination page={page} pageSize={pageSize} total={screen.data.total} />
              </>
            )}
          </>
        )}
      </section>
    </Page>
  );
}
