import { useState } from 'react';
import type { TrainingRegistration } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { StatusMessage } from '../shell/status-message';
import { useCancelRegistration, useRegister } from './training-queries';

interface SelfRegistrationProps {
  sessionId: string;
  /** Module title and time, read after the button text by screen readers. */
  context: string;
  /** The caller's registration when known (the session page reads it from the server). */
  mine?: TrainingRegistration | null;
}

/**
 * A mentee or mentor registers for a session, or cancels. The session page passes the registration it
 * read from the server; after a change the answer of the server is kept here.
 */
export function SelfRegistration({ sessionId, context, mine = null }: SelfRegistrationProps) {
  const { t, i18n } = useTranslation();
  const register = useRegister(sessionId);
  const cancel = useCancelRegistration();
  const [registration, setRegistration] = useState<TrainingRegistration | null>(mine);
  const error = register.error ?? cancel.error;
  const active = registration && registration.status !== 'cancelled' ? registration : null;
  const pending = register.isPending || cancel.isPending;

  function onRegister() {
    cancel.reset();
    register.mutate(undefined, { onSuccess: setRegistration });
  }
  function onCancel(id: string) {
    register.reset();
    cancel.mutate(id, { onSuccess: setRegistration });
  }

  return (
    <div className="session__actions">
      {error ? <StatusMessage tone="error">{formErrorsFrom(error, t, i18n).message}</StatusMessage> : null}
      {active ? (
        <StatusMessage
          tone={active.status === 'waitlisted' ? 'warning' : 'success'}
          testId="registration-result"
        >
          {t(active.status === 'waitlisted' ? 'training.onWaitingList' : 'training.registeredText')}
        </StatusMessage>
      ) : registration ? (
        <StatusMessage tone="info" testId="registration-result">
          {t('training.cancelledText')}
        </StatusMessage>
      ) : null}
      <div className="row-actions">
        {active ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={pending}
            aria-busy={cancel.isPending || undefined}
            onClick={() => onCancel(active.id)}
          >
            {cancel.isPending ? t('common.working') : t('training.cancel')}
            <span className="visually-hidden">{`: ${context}`}</span>
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            disabled={pending}
            aria-busy={register.isPending || undefined}
            onClick={onRegister}
          >
            {register.isPending ? t('common.working') : t('training.register')}
            <span className="visually-hidden">{`: ${context}`}</span>
          </button>
        )}
      </div>
    </div>
  );
}
