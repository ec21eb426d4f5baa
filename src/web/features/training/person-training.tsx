import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { Loading, StatusMessage } from '../shell/status-message';
import { Step } from './my-training';
import { useAssignModule, usePersonTrainingPath } from './training-queries';

/**
 * A mentee's or mentor's training path on their page for the coach: every module of their side with
 * where the person stands (done, registered, required, assigned, recommended from the intake), and
 * a button to assign a module or take the assignment back.
 */
export function PersonTraining({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const path = usePersonTrainingPath(personId);
  const assign = useAssignModule(personId);
  return (
    <section className="card" aria-labelledby="person-training-title" data-testid="person-training">
      <h2 className="section-title" id="person-training-title">
        {t('trainingPath.coachTitle')}
      </h2>
      <p className="section-lead">{t('trainingPath.coachLead')}</p>
      {assign.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(assign.error, t, i18n).message}</StatusMessage>
      ) : null}
      {path.isPending ? (
        <Loading label={t('common.loading')} />
      ) : path.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(path.error, t, i18n).message}</StatusMessage>
      ) : (
        <ul className="path-list">
          {(path.data ?? []).map((step) => (
            <Step key={step.module.id} step={step} forStaff>
              {step.state === 'recommended' || step.state === 'available' || step.state === 'assigned' ? (
                <p className="row-actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={assign.isPending}
                    onClick={() =>
                      assign.mutate({ moduleId: step.module.id, assign: step.state !== 'assigned' })
                    }
                  >
                    {t(step.state === 'assigned' ? 'trainingPath.unassign' : 'trainingPath.assign')}
                  </button>
                </p>
              ) : null}
            </Step>
          ))}
        </ul>
      )}
    </section>
  );
}
