import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiRequestError } from '../../api/client';
import type { ApplicationReceipt } from '../../api/types';
import type { TFunction } from '../../translator';
import { useTranslation } from '../../translator';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import type { FieldMessages } from './application-checks';
import {
  applicationErrorsFrom,
  errorsOnStep,
  firstStepWithErrors,
  labelOfField,
  type StepOfField,
  withoutStep,
} from './wizard-errors';

interface WizardOptions<D> {
  initial: D;
  stepCount: number;
  check: (step: number, draft: D, t: TFunction, today: Date) => FieldMessages;
  stepOf: StepOfField;
  codeFields: Record<string, string>;
  send: (draft: D) => Promise<ApplicationReceipt>;
  /** Resets what the server refused as out of date (the privacy version). */
  onOutdated?: (draft: D) => D;
}

/**
 * The state of a multi-step application: the draft (kept across steps and failed sends), the
 * current step, per-step checks, and the server's field errors sent back to the step that asked.
 */
export function useWizard<D>(options: WizardOptions<D>) {
  const { initial, stepCount, check, stepOf, codeFields, send, onOutdated } = options;
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<D>(initial);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const mutation = useMutation({ mutationFn: send });

  const update = (change: Partial<D>) => setDraft((current) => ({ ...current, ...change }));

  function checkStep(index: number): boolean {
    const fields = check(index, draft, t, new Date());
    if (Object.keys(fields).length > 0) {
      setErrors({ message: t('errors.validation.failed'), fields });
      return false;
    }
    setErrors((current) => withoutStep(current, stepOf, index));
    return true;
  }

  function next() {
    if (checkStep(step)) setStep((index) => Math.min(index + 1, stepCount - 1));
  }

  function back() {
    setErrors((current) => ({ ...current, message: null }));
    setStep((index) => Math.max(0, index - 1));
  }

  function goTo(index: number) {
    setStep(index);
  }

  function submit() {
    for (let index = 0; index < stepCount; index++) {
      const fields = check(index, draft, t, new Date());
      if (Object.keys(fields).length > 0) {
        setErrors({ message: t('errors.validation.failed'), fields });
        setStep(index);
        return;
      }
    }
    mutation.mutate(draft, {
      onError: (error) => {
        const found = applicationErrorsFrom(error, t, i18n, codeFields);
        if (
          error instanceof ApiRequestError &&
          error.code === 'application.privacy_version_outdated' &&
          onOutdated
        )
          setDraft((current) => onOutdated(current));
        setErrors(found);
        const target = firstStepWithErrors(found, stepOf);
        if (target !== null) setStep(target);
      },
    });
  }

  const shown = errorsOnStep(errors, stepOf, step);
  const labels = Object.fromEntries(
    Object.keys(shown.fields).map((field) => [field, labelOfField(field, t)]),
  );
  return {
    draft,
    update,
    step,
    next,
    back,
    goTo,
    submit,
    errors: shown,
    labels,
    pending: mutation.isPending,
    receipt: mutation.data ?? null,
  };
}
