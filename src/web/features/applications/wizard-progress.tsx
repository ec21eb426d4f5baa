import { useTranslation } from '../../translator';

interface WizardProgressProps {
  titles: string[];
  current: number;
}

/** "Step 2 of 6" and the list of steps, the current one marked with aria-current="step". */
export function WizardProgress({ titles, current }: WizardProgressProps) {
  const { t } = useTranslation();
  return (
    <div className="wizard-progress">
      <p className="wizard-progress__status">
        {t('wizard.stepOf', { step: current + 1, steps: titles.length })}
      </p>
      <ol className="wizard-progress__list" aria-label={t('wizard.steps')}>
        {titles.map((title, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li
              key={title}
              className={`wizard-progress__step wizard-progress__step--${state}`}
              aria-current={index === current ? 'step' : undefined}
            >
              <span className="wizard-progress__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="wizard-progress__title">
                {title}
                {state === 'done' ? ` (${t('wizard.done')})` : null}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
