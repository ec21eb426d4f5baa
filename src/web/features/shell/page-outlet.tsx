import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from '../../translator';
import { Loading } from './status-message';

/** The page of the current route; while its chunk loads, a loading line stands in its place. */
export function PageOutlet() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      <Outlet />
    </Suspense>
  );
}
