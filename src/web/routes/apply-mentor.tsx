import { MentorWizard } from '../features/applications/mentor-wizard';
import { Page } from '../features/shell/page';
import { useTranslation } from '../translator';

/** /apply/mentor: the volunteer mentor's application. */
export function ApplyMentorRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('apply.mentor.title')} lead={t('apply.mentor.lead')}>
      <MentorWizard />
    </Page>
  );
}
