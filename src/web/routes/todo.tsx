import { Link } from 'react-router';
import { formErrorsFrom } from '../features/forms/form-errors';
import { Pagination } from '../features/paging/pagination';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { useCoachTodo } from '../features/partnerships/partnership-queries';
import { TodoList } from '../features/partnerships/todo-list';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

/** /todo (coach, admin): help requests, contacts due, duos off track, introductions and answers to chase. */
export function TodoRoute() {
  const { t, i18n } = useTranslation();
  const { page } = useListParams([]);
  const todo = useCoachTodo(page, pageSize);
  return (
    <Page
      title={t('partnerships.todo.title')}
      lead={t('partnerships.todo.lead')}
      actions={
        <Link className="button button--secondary" to="/partnerships/health">
          {t('nav.health')}
        </Link>
      }
    >
      <section className="card" aria-label={t('partnerships.todo.title')}>
        {todo.isPending ? (
          <Loading label={t('common.loading')} />
        ) : todo.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(todo.error, t, i18n).message}</StatusMessage>
        ) : todo.data.items.length === 0 ? (
          <p className="empty-state" data-testid="todo-empty">
            {t('partnerships.todo.empty')}
          </p>
        ) : (
          <>
            <TodoList items={todo.data.items} />
            <Pagination page={page} pageSize={pageSize} total={todo.data.total} />
          </>
        )}
      </section>
    </Page>
  );
}
