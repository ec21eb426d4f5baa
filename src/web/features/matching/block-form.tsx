import { type FormEvent, useState } from 'react';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { formErrorsFrom } from '../forms/form-errors';
import { StatusMessage } from '../shell/status-message';
import { useBlockPair } from './matching-queries';

interface BlockFormProps {
  menteeId: string;
  mentorId: string;
  names: { mentee: string; mentor: string };
  onBlocked: () => void;
  onCancel: () => void;
}

const reasonMin = 3;
const reasonMax = 500;

/** Asks why a pair must never be proposed again, then blocks it for every later run. */
export function BlockForm({ menteeId, mentorId, names, onBlocked, onCancel }: BlockFormProps) {
  const { t, i18n } = useTranslation();
  const block = useBlockPair();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < reasonMin) {
      setError(t('matching.block.reasonTooShort', { min: reasonMin }));
      return;
    }
    setError(undefined);
    block.mutate(
      { menteeId, mentorId, reason: trimmed },
      {
        onSuccess: onBlocked,
        onError: (failure) => {
          const found = formErrorsFrom(failure, t, i18n);
          setError(found.fields.reason ?? found.message ?? undefined);
        },
      },
    );
  }

  return (
    <form className="form block-form" noValidate onSubmit={submit} data-testid="block-form">
      <TextAreaField
        idPrefix={`block-${menteeId}`}
        name="reason"
        label={t('matching.block.reason', names)}
        hint={t('matching.block.hint')}
        value={reason}
        rows={3}
        maxLength={reasonMax}
        required
        onChange={(event) => setReason(event.target.value)}
        error={error}
      />
      {block.isError && !error ? (
        <StatusMessage tone="error">{formErrorsFrom(block.error, t, i18n).message}</StatusMessage>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={onCancel}
          aria-label={t('matching.block.cancelNamed', names)}
        >
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button--danger"
          disabled={block.isPending}
          aria-busy={block.isPending || undefined}
          aria-label={block.isPending ? undefined : t('matching.block.submitNamed', names)}
        >
          {block.isPending ? t('common.working') : t('matching.block.submit')}
        </button>
      </div>
    </form>
  );
}
