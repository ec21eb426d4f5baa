import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { StatusMessage } from '../shell/status-message';
import { usePersonAction } from './people-queries';

/** A person in the regional inbox belongs to no association yet: the coach takes them on. */
export function ClaimButton({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const action = usePersonAction(person.id);
  if (person.associationId !== null) return null;
  return (
    <div className="notice notice--warning claim">
      <p>{t('person.inboxText')}</p>
      {action.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(action.error, t, i18n).message}</StatusMessage>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        disabled={action.isPending}
        onClick={() => action.mutate({ kind: 'claim' })}
      >
        {action.isPending ? t('common.working') : t('person.claim')}
      </button>
    </div>
  );
}
