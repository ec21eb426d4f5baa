import { Link } from 'react-router';
import type { UnmatchedMentee } from '../../api/types';
import { useTranslation } from '../../translator';
import { useMatchText } from './use-match-text';

/** The mentees of the pool who got no mentor, each with the reason in a sentence. */
export function UnmatchedList({ unmatched }: { unmatched: readonly UnmatchedMentee[] }) {
  const { t } = useTranslation();
  const text = useMatchText();
  if (unmatched.length === 0) return null;
  return (
    <section className="card" aria-labelledby="unmatched-title" data-testid="unmatched">
      <h2 className="section-title" id="unmatched-title">
        {t('matching.unmatchedTitle', { number: text.number(unmatched.length) })}
      </h2>
      <ul className="plain-list unmatched">
        {unmatched.map((entry) => {
          const ruledOut = text.constraints(entry.constraints);
          return (
            <li className="unmatched__item" key={entry.mentee.id} data-testid="unmatched-mentee">
              <p className="unmatched__name">
                <Link to={`/people/${encodeURIComponent(entry.mentee.id)}`}>{entry.mentee.name}</Link>{' '}
                <span className="muted">{text.waiting(entry.mentee.waitingDays)}</span>
              </p>
              <p className="unmatched__reason">{text.unmatched(entry)}</p>
              {ruledOut.length > 0 ? (
                <p className="muted">{t('matching.ruledOut', { list: ruledOut.join('; ') })}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
