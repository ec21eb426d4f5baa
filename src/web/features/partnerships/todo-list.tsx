import { Link } from 'react-router';
import type { TodoItem } from '../../api/types';
import { useTranslation } from '../../translator';
import { usePartnershipFormat } from './use-partnership-format';

const anchors: Record<TodoItem['kind'], string> = {
  discrimination_report: '',
  help_request: '#follow-up-title',
  contact_due: '#follow-up-title',
  off_track: '',
  at_risk: '',
  introduction: '#steps-title',
  answers_pending: '#steps-title',
  meeting_to_log: '#meetings-title',
  intake_overdue: '',
  new_application: '',
  waiting_long: '',
};

const tones: Record<TodoItem['kind'], string> = {
  discrimination_report: 'failure',
  help_request: 'failure',
  contact_due: 'pending',
  off_track: 'failure',
  at_risk: 'pending',
  introduction: 'info',
  answers_pending: 'info',
  meeting_to_log: 'pending',
  intake_overdue: 'failure',
  new_application: 'info',
  waiting_long: 'pending',
};

function detailOf(item: TodoItem, t: (key: string, options?: Record<string, unknown>) => string) {
  if (item.kind === 'contact_due' && (item.subject === 'mentee' || item.subject === 'mentor'))
    return t('partnerships.todo.contactWith', {
      name: item.subject === 'mentee' ? item.menteeName : item.mentorName,
      role: t(`roles.${item.subject}`),
    });
  if (item.kind === 'intake_overdue') return t('partnerships.todo.intakeOverdue');
  if (item.kind === 'meeting_to_log') return t('partnerships.todo.meetingToLog');
  if (item.kind === 'waiting_long') return t('partnerships.todo.waitingLong');
  return item.text;
}

/** Where an item leads: the pair, the person of the intake pipeline, or the reports. */
function ItemLink({ item }: { item: TodoItem }) {
  const { t } = useTranslation();
  if (item.partnershipId)
    return (
      <Link
        className="todo-item__link"
        to={`/partnerships/${encodeURIComponent(item.partnershipId)}${anchors[item.kind]}`}
      >
        {t('partnerships.pairName', { mentee: item.menteeName, mentor: item.mentorName })}
      </Link>
    );
  if (item.personId)
    return (
      <Link className="todo-item__link" to={`/people/${encodeURIComponent(item.personId)}`}>
        {t('partnerships.todo.personOf', {
          name: item.menteeName || item.mentorName,
          role: t(`roles.${item.menteeName ? 'mentee' : 'mentor'}`),
        })}
      </Link>
    );
  return (
    <Link className="todo-item__link" to="/discrimination-reports">
      {t('partnerships.todo.reportOf', { name: item.menteeName })}
    </Link>
  );
}

/** The coach's to-do items, most urgent first, each linking to the partnership or the person. */
export function TodoList({ items }: { items: TodoItem[] }) {
  const { t } = useTranslation();
  const format = usePartnershipFormat();
  return (
    <ul className="todo-list" data-testid="todo-list">
      {items.map((item, index) => {
        const detail = detailOf(item, t);
        return (
          <li
            key={`${item.kind}-${item.partnershipId ?? item.personId}-${item.subject ?? index}`}
            className="todo-item"
            data-testid="todo-item"
            data-kind={item.kind}
          >
            <span className={`badge badge--${tones[item.kind]}`}>
              {t(`partnerships.todo.kinds.${item.kind}`)}
            </span>
            <ItemLink item={item} />
            {detail ? <p className="todo-item__text pre-line">{detail}</p> : null}
            {item.since ? (
              <p className="muted todo-item__since">
                {t('partnerships.todo.since', { when: format.day(item.since) })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
