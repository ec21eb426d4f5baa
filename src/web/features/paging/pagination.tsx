import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The URL parameter that holds the page, when a screen has two lists. */
  param?: string;
  /** Names the navigation landmark when a screen has two lists. */
  label?: string;
}

/** "Page 2 of 5" with previous/next links that keep the list's filters. */
export function Pagination({ page, pageSize, total, param = 'page', label }: PaginationProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params] = useSearchParams();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;

  const linkTo = (target: number) => {
    const next = new URLSearchParams(params);
    if (target <= 1) next.delete(param);
    else next.set(param, String(target));
    next.delete('open');
    const query = next.toString();
    return query ? `?${query}` : '?';
  };
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);

  return (
    <nav className="pagination" aria-label={label ?? t('paging.label')}>
      <p className="pagination__status">
        {t('paging.range', {
          first: format.number(first),
          last: format.number(last),
          total: format.number(total),
        })}
      </p>
      <ul className="pagination__links">
        <li>
          {page > 1 ? (
            <Link className="button button--secondary" to={linkTo(page - 1)} rel="prev">
              {t('paging.previous')}
            </Link>
          ) : null}
        </li>
        <li className="pagination__page">
          {t('paging.pageOf', { page: format.number(page), pages: format.number(pages) })}
        </li>
        <li>
          {page < pages ? (
            <Link className="button button--secondary" to={linkTo(page + 1)} rel="next">
              {t('paging.next')}
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
