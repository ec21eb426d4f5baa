import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { TrainingPathStep } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { Loading, StatusMessage } from '../shell/status-message';
import { useMyTrainingPath } from './training-queries';
import { localizedText } from './training-vocabulary';
import { useTrainingFormat } from './use-training-format';

export const badgeTone: Record<TrainingPathStep['state'], string> = {
  done: 'badge--success',
  assigned: 'badge--failure',
  registered: 'badge--info',
  waitlisted: 'badge--pending',
  required: 'badge--failure',
  recommended: 'badge--pending',
  available: 'badge--info',
};

/** One module of a training path; `forStaff` words its state about the person, not to them. */
export function Step({
  step,
  forStaff = false,
  children,
}: {
  step: TrainingPathStep;
  forStaff?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const title = localizedText(step.module.title, format.locale);
  const session = step.nextSession;
  return (
    <li className="path-step" data-testid="path-step">
      <div className="path-step__header">
        <Link className="path-step__title" to={`/training/modules/${encodeURIComponent(step.module.id)}`}>
          {title}
        </Link>
        <span className={`badge ${badgeTone[step.state]}`}>
          {t(`trainingPath.${forStaff ? 'staffStates' : 'states'}.${step.state}`)}
        </span>
      </div>
      {step.pageCount > 0 && step.state !== 'done' ? (
        <p className="path-step__meta">
          {t('material.progress', { read: step.pagesRead, total: step.pageCount })}
        </p>
      ) : null}
      {session && step.state !== 'done' ? (
        <p className="path-step__meta">
          {t(
            step.state !== 'registered'
              ? 'trainingPath.nextSession'
              : forStaff
                ? 'trainingPath.registeredFor'
                : 'trainingPath.yourSession',
          )}{' '}
          <Link to={`/training/sessions/${encodeURIComponent(session.id)}`}>
            {format.when(session.startsAt, session.endsAt)}
          </Link>
        </p>
      ) : null}
      {step.assignedBy ? (
        <p className="path-step__meta">{t('trainingPath.assignedBy', { name: step.assignedBy })}</p>
      ) : null}
      {children}
    </li>
  );
}

/** "My training" on a participant's home page: done, registered, required, recommended, with the next session. */
export function MyTraining() {
  const { t, i18n } = useTranslation();
  const path = useMyTrainingPath();
  const steps = (path.data ?? []).filter((step) => step.state !== 'available');
  return (
    <section className="card" aria-labelledby="my-training-title" data-testid="my-training">
      <h2 className="section-title" id="my-training-title">
        {t('trainingPath.title')}
      </h2>
      {path.isPending ? (
        <Loading label={t('common.loading')} />
      ) : path.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(path.error, t, i18n).message}</StatusMessage>
      ) : steps.length === 0 ? (
        <p className="empty-state">{t('trainingPath.empty')}</p>
      ) : (
        <ul className="path-list">
          {steps.map((step) => (
            <Step key={step.module.id} step={step} />
          ))}
        </ul>
      )}
      <p>
        <Link to="/training">{t('trainingPath.toCatalogue')}</Link>
      </p>
    </section>
  );
}
