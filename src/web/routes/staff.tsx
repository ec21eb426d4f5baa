import { formErrorsFrom } from '../features/forms/form-errors';
import { Pagination } from '../features/paging/pagination';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { InvitationList } from '../features/staff/invitation-list';
import { InviteForm } from '../features/staff/invite-form';
import { useInvitationPage, useUserPage } from '../features/staff/staff-queries';
import { UserFilters } from '../features/staff/user-filters';
import { UserTable } from '../features/staff/user-table';
import { useTranslation } from '../translator';

const filterNames = ['role', 'q'] as const;
const invitationPageSize = 10;

function Invitations() {
  const { t, i18n } = useTranslation();
  const { params } = useListParams([]);
  const page = Math.max(1, Number.parseInt(params.get('invitations') ?? '1', 10) || 1);
  const list = useInvitationPage(page, invitationPageSize);
  if (list.isPending) return <Loading label={t('common.loading')} />;
  if (list.isError)
    return <StatusMessage tone="error">{formErrorsFrom(list.error, t, i18n).message}</StatusMessage>;
  if (list.data.items.length === 0) return <p className="empty-state">{t('staff.noInvitations')}</p>;
  return (
    <>
      <InvitationList invitations={list.data.items} />
      <Pagination
        page={page}
        pageSize={invitationPageSize}
        total={list.data.total}
        param="invitations"
        label={`${t('paging.label')}: ${t('staff.invitationsTitle')}`}
      />
    </>
  );
}

function Accounts() {
  const { t, i18n } = useTranslation();
  const { page, filters, setFilters } = useListParams(filterNames);
  const list = useUserPage(page, pageSize, filters);
  return (
    <>
      <UserFilters role={filters.role} q={filters.q} onChange={setFilters} />
      {list.isPending ? (
        <Loading label={t('common.loading')} />
      ) : list.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(list.error, t, i18n).message}</StatusMessage>
      ) : list.data.items.length === 0 ? (
        <p className="empty-state">{t('common.noResults')}</p>
      ) : (
        <>
          <UserTable users={list.data.items} />
          <Pagination
            page={page}
            pageSize={pageSize}
            total={list.data.total}
            label={`${t('paging.label')}: ${t('staff.accountsTitle')}`}
          />
        </>
      )}
    </>
  );
}

/** /staff (admin): accounts, invitations and the invite form. */
export function StaffRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('staff.title')} lead={t('staff.lead')}>
      <div className="split">
        <section className="card split__main" aria-labelledby="invitations-title">
          <h2 className="section-title" id="invitations-title">
            {t('staff.invitationsTitle')}
          </h2>
          <Invitations />
        </section>
        <aside className="card split__side" aria-label={t('staff.inviteTitle')}>
          <InviteForm />
        </aside>
      </div>
      <section className="card" aria-labelledby="accounts-title">
        <h2 className="section-title" id="accounts-title">
          {t('staff.accountsTitle')}
        </h2>
        <Accounts />
      </section>
    </Page>
  );
}
