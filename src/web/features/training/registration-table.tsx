import type { TrainingRegistration } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { useFormatters } from '../locale/use-formatters';
import { StatusMessage } from '../shell/status-message';
import { RegistrationBadge } from './registration-badge';
import { useCancelRegistration, useRecordAttendance } from './training-queries';

const holdsPlace = new Set(['registered', 'attended', 'absent']);
const cancellable = new Set(['registered', 'waitlisted']);

function RowActions({ registration }: { registration: TrainingRegistration }) {
  const { t } = useTranslation();
  const attendance = useRecordAttendance();
  const cancel = useCancelRegistration();
  const pending = attendance.isPending || cancel.isPending;
  const name = <span className="visually-hidden">{`: ${registration.personName ?? ''}`}</span>;
  const error = attendance.error ?? cancel.error;
  const mark = (attended: boolean) => {
    cancel.reset();
    attendance.mutate({ registrationId: registration.id, attended });
  };
  return (
    <>
      {error ? <RowError error={error} /> : null}
      <div className="row-actions">
        {holdsPlace.has(registration.status) ? (
          <>
            <button
              type="button"
              className="button button--secondary button--small toggle-button"
              aria-pressed={registration.status === 'attended'}
              disabled={pending}
              onClick={() => mark(true)}
            >
              {t('training.present')}
              {name}
            </button>
            <button
              type="button"
              className="button button--secondary button--small toggle-button"
              aria-pressed={registration.status === 'absent'}
              disabled={pending}
              onClick={() => mark(false)}
            >
              {t('training.absent')}
              {name}
            </button>
          </>
        ) : null}
        {cancellable.has(registration.status) ? (
          <button
            type="button"
            className="button button--danger-quiet button--small"
            disabled={pending}
            onClick={() => {
              attendance.reset();
              cancel.mutate(registration.id);
            }}
          >
            {t('training.cancel')}
            {name}
          </button>
        ) : null}
      </div>
    </>
  );
}

function RowError({ error }: { error: Error }) {
  const { t, i18n } = useTranslation();
  return <StatusMessage tone="error">{formErrorsFrom(error, t, i18n).message}</StatusMessage>;
}

/** Who registered for a session and who waits, with attendance and cancel buttons per person. */
export function RegistrationTable({ registrations }: { registrations: TrainingRegistration[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = {
    name: t('training.person'),
    status: t('training.status'),
    registeredAt: t('training.registeredAt'),
    actions: t('common.actions'),
  };
  return (
    <div className="table-wrap" data-testid="session-registrations">
      {registrations.length === 0 ? (
        <p className="empty-state">{t('training.noRegistrations')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('training.registrationsTitle')}</caption>
          <thead>
            <tr>
              {Object.values(columns).map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {registrations.map((registration) => (
              <tr key={registration.id} data-testid="registration-row">
                <th scope="row" data-label={columns.name} className="break-all">
                  {registration.personName ?? '—'}
                </th>
                <td data-label={columns.status}>
                  <RegistrationBadge status={registration.status} />
                </td>
                <td data-label={columns.registeredAt}>{format.dateTime(registration.registeredAt)}</td>
                <td data-label={columns.actions}>
                  <RowActions registration={registration} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
