import { Link } from 'react-router';
import { useTranslation } from '../../translator';
import { Page } from './page';

/** "Page not found" inside the app; also what a role sees for a page that is not theirs. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} lead={t('notFound.lead')}>
      <p>
        <Link className="button button--primary" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </Page>
  );
}
