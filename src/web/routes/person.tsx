import { Link, useParams } from 'react-router';
import { decisionFormStatuses } from '../../contracts/people-vocabulary';
import { ApiRequestError } from '../api/client';
import type { PersonDetail } from '../api/types';
import { useSession } from '../features/auth/session';
import { formErrorsFrom } from '../features/forms/form-errors';
import { BestMatches } from '../features/matching/best-matches';
import { matchableStatuses } from '../features/matching/matching-vocabulary';
import { ParticipantFacts } from '../features/participant-facts/participant-facts-form';
import { AssessmentForm } from '../features/people/assessment-form';
import { ClaimButton } from '../features/people/claim-button';
import { DecisionForm } from '../features/people/decision-form';
import { EligibilityPanel } from '../features/people/eligibility-panel';
import { IntakeForm } from '../features/people/intake-form';
import { usePerson } from '../features/people/people-queries';
import { PersonContact } from '../features/people/person-contact';
import { PersonRights } from '../features/people/person-rights';
import { SensitiveData } from '../features/people/sensitive-data';
import { StatusBadge } from '../features/people/status-badge';
import { StatusHistory } from '../features/people/status-history';
import { PersonAnswers } from '../features/questionnaires/person-answers';
import { NotFoundPage } from '../features/shell/not-found-page';
import { Page } from '../features/shell/page';
import { SectionIndex } from '../features/shell/section-index';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { PersonTraining } from '../features/training/person-training';
import { useTranslation } from '../translator';

/** Statuses in which the intake decision can still be taken or changed (contracts/people-vocabulary.ts). */
const deciding = new Set<string>(decisionFormStatuses);

function PersonLead({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  return (
    <span className="person-lead">
      <span>{t(`roles.${person.kind}`)}</span>
      <StatusBadge status={person.status} />
      <span>{person.associationName ?? t('caseload.inbox')}</span>
      {person.region ? <span>{t(`regions.${person.region}`)}</span> : null}
    </span>
  );
}

function PersonPage({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const isAdmin = session?.user.role === 'admin';
  const matchable = matchableStatuses[person.kind]?.includes(person.status) ?? false;
  const sections = [
    { id: 'person-contact', label: t('person.sections.contact') },
    { id: 'person-intake', label: t('person.sections.intake') },
    ...(person.kind === 'mentee' ? [{ id: 'person-facts', label: t('person.sections.facts') }] : []),
    ...(matchable ? [{ id: 'person-matches', label: t('person.sections.matches') }] : []),
    { id: 'person-training', label: t('person.sections.training') },
    { id: 'person-questionnaires', label: t('questionnaires.person.title') },
    { id: 'person-history', label: t('person.sections.history') },
    ...(isAdmin ? [{ id: 'person-rights', label: t('personRights.title') }] : []),
  ];
  return (
    <Page
      title={person.name}
      lead={<PersonLead person={person} />}
      actions={
        <>
          {person.kind === 'mentee' ? (
            <Link className="button button--secondary" to={`/mentee/${person.id}/cv`}>
              {t('career.personCvLink')}
            </Link>
          ) : null}
          <Link className="button button--quiet" to="/caseload">
            {t('person.backToCaseload')}
          </Link>
        </>
      }
    >
      <ClaimButton person={person} />
      <SectionIndex sections={sections} />
      <div id="person-contact" className="page-section">
        <PersonContact person={person} />
        <EligibilityPanel person={person} />
      </div>
      <div id="person-intake" className="page-section">
        <IntakeForm person={person} />
        <AssessmentForm key={person.id} person={person} />
        {deciding.has(person.status) ? <DecisionForm person={person} /> : null}
      </div>
      {person.kind === 'mentee' ? (
        <div id="person-facts" className="page-section">
          <ParticipantFacts personId={person.id} />
        </div>
      ) : null}
      {matchable ? (
        <div id="person-matches" className="page-section">
          <BestMatches person={person} />
        </div>
      ) : null}
      <div id="person-training" className="page-section">
        <PersonTraining personId={person.id} />
      </div>
      <div id="person-questionnaires" className="page-section">
        <PersonAnswers personId={person.id} />
      </div>
      <div id="person-history" className="page-section grid-2">
        <StatusHistory history={person.history} />
        <SensitiveData person={person} />
      </div>
      {isAdmin ? (
        <div id="person-rights" className="page-section">
          <PersonRights person={person} />
        </div>
      ) : null}
    </Page>
  );
}

/** /people/:id (coach, admin): one applicant from intake to decision. */
export function PersonRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const person = usePerson(id);
  if (person.isPending) return <Loading label={t('common.loading')} />;
  if (person.isError) {
    if (
      person.error instanceof ApiRequestError &&
      (person.error.status === 404 || person.error.status === 403)
    )
      return <NotFoundPage />;
    return <StatusMessage tone="error">{formErrorsFrom(person.error, t, i18n).message}</StatusMessage>;
  }
  return <PersonPage person={person.data} />;
}
