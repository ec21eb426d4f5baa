import { type FormEvent, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { type FormErrors, hasFormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { Loading } from '../shell/status-message';
import { WizardProgress } from './wizard-progress';

interface WizardProps {
  idPrefix: string;
  titles: string[];
  step: number;
  /** Only the errors of the fields on this step (plus the summary message). */
  errors: FormErrors;
  labels: Record<string, string>;
  pending: boolean;
  onBack: () => void;
  onNext: () => void;
  onSend: () => void;
  /** A control lost focus: its answer can be checked now. */
  onLeave: (elementId: string, value: string) => void;
  children: ReactNode;
}

/**
 * The frame of a multi-step application: progress, the step's heading (focused when the step
 * changes), the error summary, the step's fields and Back / Next (Send on the last step).
 */
export function Wizard(props: WizardProps) {
  const { idPrefix, titles, step, errors, labels, pending, onBack, onNext, onSend, onLeave, children } =
    props;
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const isLast = step === titles.length - 1;
  const showsErrors = hasFormErrors(errors);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the step changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!showsErrors) heading.current?.focus();
    window.scrollTo?.(0, 0);
  }, [step]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isLast) onSend();
    else onNext();
  }

  return (
    <div className="wizard">
      <WizardProgress titles={titles} current={step} />
      <form
        className="form card"
        noValidate
        onSubmit={submit}
        onBlur={(event) => {
          const target: EventTarget = event.target;
          const isControl =
            target instanceof HTMLInputElement ||
            target instanceof HTMLSelectElement ||
            target instanceof HTMLTextAreaElement;
          if (isControl && target.id) onLeave(target.id, target.value);
        }}
        aria-labelledby={`${idPrefix}-step-title`}
      >
        <h2 className="section-title" id={`${idPrefix}-step-title`} tabIndex={-1} ref={heading}>
          {titles[step]}
        </h2>
        {/* The summary (which takes focus) comes with Next or Send; a field left with a wrong answer
            shows its message beside it only, so focus stays where the person goes. */}
        <ErrorSummary errors={errors.message ? errors : noFormErrors} idPrefix={idPrefix} labels={labels} />
        <Suspense fallback={<Loading label={t('common.loading')} />}>{children}</Suspense>
        <div className="form__actions wizard__actions">
          {step > 0 ? (
            <button type="button" className="button button--secondary" onClick={onBack}>
              {t('wizard.back')}
            </button>
          ) : null}
          <SubmitButton label={isLast ? t('wizard.send') : t('wizard.next')} pending={pending} />
        </div>
      </form>
    </div>
  );
}
