import { MenteeWizard } from '../features/applications/mentee-wizard';
import { Page } from '../features/shell/page';
import { useTranslation } from '../translator';

/** /apply/mentee: the job seeker's application. */
export function ApplyMenteeRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('apply.mentee.title')} lead={t('apply.mentee.lead')}>
      <MenteeWizard />
    </Page>
  );
}
