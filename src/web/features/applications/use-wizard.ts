import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import type { ApplicationReceipt } from '../../api/types';
import type { TFunction } from '../../translator';
import { useTranslation } from '../../translator';
import { fieldId } from '../forms/field';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import type { FieldMessages } from './application-checks';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';
import {
  applicationErrorsFrom,
  errorsOnStep,
  firstStepWithErrors,
  labelOfField,
  type StepOfField,
  withoutStep,
} from './wizard-errors';
import { firstUnfinishedBefore, stepInAddress } from './wizard-steps';

interface WizardOptions<D> {
  idPrefix: string;
  initial: D;
  /** The session-storage entry that keeps the draft across Back, Forward and a reload. */
  storageKey: string;
  stepCount: number;
  check: (step: number, draft: D, t: TFunction, today: Date) => FieldMessages;
  stepOf: StepOfField;
  codeFields: Record<string, string>;
  send: (draft: D) => Promise<ApplicationReceipt>;
  /** Resets what the server refused as out of date (the privacy version). */
  onOutdated?: (draft: D) => D;
}

/** History entries the wizard pushed itself: its own Back button can then go back in history. */
interface WizardHistoryState {
  /** The step this entry was pushed from. */
  wizardFrom?: number;
}

/**
 * The state of a multi-step application: the draft (kept across steps, failed sends, Back, Forward
 * and a reload in session storage), the current step (a history entry each, `?step=N`), per-step
 * checks, and the server's field errors sent back to the step that asked.
 */
export function useWizard<D extends object>(options: WizardOptions<D>) {
  const { idPrefix, initial, storageKey, stepCount, check, stepOf, codeFields, send, onOutdated } = options;
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<D>(() => loadDraft(storageKey, initial));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const mutation = useMutation({ mutationFn: send });
  const wanted = stepInAddress(params, stepCount);
  // A step is reached only through the ones before it: an address further on than the draft allows
  // (a shared link, an emptied storage) shows the first step that still needs answers.
  const step = firstUnfinishedBefore(
    wanted,
    (index) => Object.keys(check(index, draft, t, new Date())).length === 0,
  );

  useEffect(() => {
    if (!mutation.data) saveDraft(storageKey, draft);
  }, [storageKey, draft, mutation.data]);

  useEffect(() => {
    if (step !== wanted) setStepInAddress(step, true);
  });

  function setStepInAddress(index: number, replace = false) {
    const search = new URLSearchParams(params);
    if (index === 0) search.delete('step');
    else search.set('step', String(index + 1));
    const query = search.toString();
    const state: WizardHistoryState = replace
      ? ((location.state as WizardHistoryState | null) ?? {})
      : { wizardFrom: step };
    navigate({ pathname: location.pathname, search: query ? `?${query}` : '' }, { replace, state });
  }

  function setStep(index: number) {
    if (index !== step) setStepInAddress(index);
  }

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

  /**
   * A field the person leaves with a wrong answer is named at once, beside it. Messages are only
   * added here, never removed: a message vanishing as the person clicks Next would move the button
   * away from under the pointer. Next and Send recheck the whole step.
   */
  function leave(elementId: string, value: string) {
    if (value.trim() === '') return;
    const found = check(step, draft, t, new Date());
    const field = Object.keys(found).find((name) => fieldId(idPrefix, name) === elementId);
    const message = field ? found[field] : undefined;
    if (!field || !message || stepOf(field) !== step) return;
    setErrors((current) =>
      current.fields[field] === message
        ? current
        : { message: current.message, fields: { ...current.fields, [field]: message } },
    );
  }

  function next() {
    if (checkStep(step)) setStep(Math.min(step + 1, stepCount - 1));
  }

  /** The form's own Back: the browser's Back when this step was reached by Next, else one step down. */
  function back() {
    setErrors((current) => ({ ...current, message: null }));
    const state = location.state as WizardHistoryState | null;
    if (step > 0 && state?.wizardFrom === step - 1) navigate(-1);
    else setStep(Math.max(0, step - 1));
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
      onSuccess: () => clearDraft(storageKey),
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
    leave,
    goTo,
    submit,
    errors: shown,
    labels,
    pending: mutation.isPending,
    receipt: mutation.data ?? null,
  };
}
