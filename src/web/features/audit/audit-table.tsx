import type { AuditEvent } from '../../api/types';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';

function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.actorName && !event.actorId) return <span className="muted">{t('audit.anonymous')}</span>;
  return (
    <>
      {event.actorName ?? event.actorId}
      {event.actorRole ? (
        <span className="muted"> · {t(`roles.${event.actorRole}`, { defaultValue: event.actorRole })}</span>
      ) : null}
    </>
  );
}

/** Who did what, when, to which record, and how it ended. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = {
    at: t('audit.at'),
    actor: t('audit.actor'),
    action: t('audit.action'),
    subject: t('audit.subject'),
    outcome: t('audit.outcome'),
    details: t('audit.details'),
  };
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('audit.title')}</caption>
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
          {events.map((event) => (
            <tr key={event.id}>
              <td data-label={columns.at}>
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              </td>
              <td data-label={columns.actor}>
                <Actor event={event} />
              </td>
              <td data-label={columns.action}>
                <code>{event.action}</code>
              </td>
              <td data-label={columns.subject} className="break-all">
                {event.subjectType ? `${event.subjectType} ${event.subjectId ?? ''}` : '—'}
              </td>
              <td data-label={columns.outcome}>
                <span className={`badge badge--${event.outcome}`}>
                  {t(`audit.outcomes.${event.outcome}`)}
                </span>
              </td>
              <td data-label={columns.details}>
                {event.details || event.ip ? (
                  <details className="disclosure">
                    <summary>{t('audit.showDetails')}</summary>
                    <pre className="code-block">
                      {JSON.stringify(
                        { ...event.details, ip: event.ip, requestId: event.requestId },
                        null,
                        2,
                      )}
                    </pre>
                  </details>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
