import { NotFoundPage } from '../features/shell/not-found-page';

/** The app's 404 route. */
export function NotFoundRoute() {
  return <NotFoundPage />;
}
