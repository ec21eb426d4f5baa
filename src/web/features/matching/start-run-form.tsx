import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from '../../translator';
import { useAllAssociations } from '../associations/association-queries';
import { MentorSharingToggle } from '../associations/mentor-sharing-toggle';
import { useSession } from '../auth/session';
import { SelectField } from '../forms/field';
import { formErrorsFrom } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { useCreateRun } from './matching-queries';

const idPrefix = 'start-run';

/**
 * Starts a run: a coach runs on their own association (with the mentors sister associations share,
 * and sets whether their own mentors are shared); an admin picks one, or all of them.
 */
export function StartRunForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const user = session.data?.user;
  const isAdmin = user?.role === 'admin';
  const associations = useAllAssociations();
  const createRun = useCreateRun();
  const [associationId, setAssociationId] = useState('');
  // A coach's list holds their own association only: its mentor sharing is theirs to set.
  const ownAssociation = isAdmin
    ? undefined
    : associations.data?.find((association) => association.id === user?.associationId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = isAdmin ? { associationId: associationId || null, locked: [] } : { locked: [] };
    createRun.mutate(input, {
      onSuccess: (run) => navigate(`/matching/runs/${encodeURIComponent(run.id)}`),
    });
  }

  return (
    <section className="card" aria-labelledby="start-run-title">
      <h2 className="section-title" id="start-run-title">
        {t('matching.start.title')}
      </h2>
      <form className="form" noValidate onSubmit={submit} aria-labelledby="start-run-title">
        {createRun.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(createRun.error, t, i18n).message}</StatusMessage>
        ) : null}
        {isAdmin ? (
          <SelectField
            idPrefix={idPrefix}
            name="associationId"
            label={t('matching.start.pool')}
            hint={t('matching.start.poolHint')}
            value={associationId}
            onChange={(event) => setAssociationId(event.target.value)}
          >
            <option value="">{t('matching.start.allAssociations')}</option>
            {(associations.data ?? []).map((association) => (
              <option key={association.id} value={association.id}>
                {association.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <p className="section-lead">
              {t('matching.start.coachPool', { association: user?.associationName ?? '—' })}
            </p>
            {ownAssociation ? <MentorSharingToggle association={ownAssociation} /> : null}
          </>
        )}
        <div className="form__actions">
          <SubmitButton label={t('matching.start.submit')} pending={createRun.isPending} />
        </div>
      </form>
    </section>
  );
}
