import { Link } from 'react-router';
import type { Locale, Role, TrainingModule } from '../../api/types';
import { useTranslation } from '../../translator';
import { useLanguageName } from '../languages/language-options';
import { ModuleSessions } from './module-sessions';
import { SessionForm } from './session-form';
import { localizedGoals, localizedText } from './training-vocabulary';
import { useTrainingFormat } from './use-training-format';

interface ModuleCardProps {
  module: TrainingModule;
  role: Role;
  locale: Locale;
}

/** One module of the catalogue: what it is, its goals and its coming sessions. */
export function ModuleCard({ module, role, locale }: ModuleCardProps) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const languageName = useLanguageName();
  const titleId = `module-${module.id}-title`;
  const title = localizedText(module.title, locale);
  const goals = localizedGoals(module, locale);
  return (
    <article className="card training-module" data-testid="training-module" aria-labelledby={titleId}>
      <div className="training-module__header">
        <h2 className="section-title training-module__title" id={titleId}>
          {title}
        </h2>
        {module.requiredForMatching ? (
          <span className="badge badge--pending training-module__badge" data-testid="module-required">
            {t('training.required')}
          </span>
        ) : null}
      </div>
      <p className="training-module__description">{localizedText(module.description, locale)}</p>
      <p>
        <Link to={`/training/modules/${encodeURIComponent(module.id)}`}>
          {module.format === 'self_study' ? t('material.openSelfStudy') : t('material.openModule')}
          <span className="visually-hidden">{`: ${title}`}</span>
        </Link>
      </p>
      <dl className="facts facts--inline">
        <div className="facts__item">
          <dt>{t('training.audience')}</dt>
          <dd>{t(`training.audiences.${module.audience}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.duration')}</dt>
          <dd>{format.duration(module.durationMinutes)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.format')}</dt>
          <dd>{t(`training.formats.${module.format}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.languages')}</dt>
          <dd>{module.languages.map(languageName).join(', ') || '—'}</dd>
        </div>
      </dl>
      {goals.length > 0 ? (
        <>
          <h3 className="subsection-title">{t('training.goals')}</h3>
          <ul className="plain-list">
            {goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="subsection-title">{t('training.sessions')}</h3>
      <ModuleSessions moduleId={module.id} moduleTitle={title} role={role} />
      {role === 'admin' ? <SessionForm module={module} moduleTitle={title} /> : null}
    </article>
  );
}
