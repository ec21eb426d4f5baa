import { sides } from '../../../contracts/partnership-vocabulary';
import type { Partnership } from '../../api/types';
import { useTranslation } from '../../translator';
import { useFormatters } from '../locale/use-formatters';
import { useReferenceLabel } from '../reference/reference-queries';
import { HealthSummary, PartnershipStatusBadge } from './partnership-badges';
import { usePartnershipFormat } from './use-partnership-format';

type Person = Partnership['mentee'];

function Contact({ person, role }: { person: Person; role: 'mentee' | 'mentor' }) {
  const { t } = useTranslation();
  return (
    <div className="facts__item">
      <dt>{t(`roles.${role}`)}</dt>
      <dd>
        <span className="contact__name">{person.name}</span>
        {person.email ? (
          <a className="contact__line break-all" href={`mailto:${person.email}`}>
            {person.email}
          </a>
        ) : null}
        {person.phone ? (
          <a className="contact__line" href={`tel:${person.phone.replace(/\s+/g, '')}`}>
            {person.phone}
          </a>
        ) : null}
      </dd>
    </div>
  );
}

/** The job found at the end of the cycle, its sector by its label. */
function JobOutcome({ details }: { details: NonNullable<Partnership['outcomeDetails']> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const sector = useReferenceLabel('sectors', details.sectorCode);
  return (
    <p data-testid="job-outcome-summary">
      {t('partnerships.outcome.jobDetails', {
        contract: t(`partnerships.contractTypes.${details.contractType}`),
        hours: t(`partnerships.workingHours.${details.hours}`),
        sector: sector ?? details.sectorCode,
        start: format.date(details.startDate),
      })}{' '}
      {details.inMentoringSector === null
        ? null
        : t(details.inMentoringSector ? 'partnerships.outcome.inSector' : 'partnerships.outcome.otherSector')}
    </p>
  );
}

/** Who is in the duo, how to reach them, the status in words and the health with its reason. */
export function PartnershipOverview({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const participant = partnership.viewerSide !== null;
  const order = partnership.viewerSide === 'mentor' ? sides : [...sides].reverse();
  const shown = participant ? order.filter((side) => side !== partnership.viewerSide) : order;
  return (
    <section className="card" aria-labelledby="overview-title" data-testid="partnership-overview">
      <h2 className="section-title" id="overview-title">
        {t('partnerships.overviewTitle')}
      </h2>
      <p className="person-lead">
        <PartnershipStatusBadge status={partnership.status} />
        <span data-testid="pair-stage">{t(`partnerships.stageText.${partnership.stage}`)}</span>
      </p>
      {partnership.health ? <HealthSummary health={partnership.health} /> : null}
      {partnership.outcomeDetails ? <JobOutcome details={partnership.outcomeDetails} /> : null}
      <dl className="facts facts--inline">
        {shown.map((side) => (
          <Contact key={side} person={partnership[side]} role={side} />
        ))}
        {partnership.coach ? (
          <div className="facts__item">
            <dt>{t('roles.coach')}</dt>
            <dd>
              <span className="contact__name">{partnership.coach.name}</span>
              {partnership.coach.email ? (
                <a className="contact__line break-all" href={`mailto:${partnership.coach.email}`}>
                  {partnership.coach.email}
                </a>
              ) : null}
              {partnership.coach.phone ? (
                <a className="contact__line" href={`tel:${partnership.coach.phone.replace(/\s+/g, '')}`}>
                  {partnership.coach.phone}
                </a>
              ) : null}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

/** The cycle's milestones: proposed, introduction, answers, start, planned end, end. */
export function PartnershipTimeline({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const format = usePartnershipFormat();
  const answer = (side: 'mentee' | 'mentor') => {
    const response = partnership.responses[side];
    if (!response) return null;
    return {
      key: `answer-${side}`,
      at: response.at,
      text: t(`partnerships.timeline.${response.answer}`, { name: partnership[side].name }),
      note: response.reason,
    };
  };
  const items = [
    { key: 'proposed', at: partnership.proposedAt, text: t('partnerships.timeline.proposed'), note: null },
    partnership.introducedAt
      ? {
          key: 'introduced',
          at: partnership.introducedAt,
          text: t('partnerships.timeline.introduced'),
          note: null,
        }
      : null,
    answer('mentee'),
    answer('mentor'),
    partnership.startedAt
      ? { key: 'started', at: partnership.startedAt, text: t('partnerships.timeline.started'), note: null }
      : null,
    partnership.plannedEndAt && !partnership.endedAt
      ? {
          key: 'plannedEnd',
          at: partnership.plannedEndAt,
          text: t('partnerships.timeline.plannedEnd'),
          note: null,
        }
      : null,
    partnership.endedAt
      ? {
          key: 'ended',
          at: partnership.endedAt,
          text: partnership.outcome
            ? t('partnerships.timeline.completed', {
                outcome: t(`partnerships.outcomes.${partnership.outcome}`),
              })
            : partnership.endReason
              ? t('partnerships.timeline.endedEarly', {
                  reason: t(`partnerships.endReasons.${partnership.endReason}`),
                })
              : t(`partnerships.statuses.${partnership.status}`),
          note: partnership.endReasonText,
        }
      : null,
  ].filter((item) => item !== null);
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 className="section-title" id="timeline-title">
        {t('partnerships.timelineTitle')}
      </h2>
      <ol className="timeline" data-testid="partnership-timeline">
        {items.map((item) => (
          <li key={item.key} className="timeline__item">
            <p className="timeline__when">{format.day(item.at)}</p>
            <p>{item.text}</p>
            {item.note ? <p className="timeline__text">{item.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Staff: every status change with who, when and why. */
export function PartnershipHistory({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const format = usePartnershipFormat();
  const status = (value: string | null) =>
    value ? t(`partnerships.statuses.${value}`, { defaultValue: value }) : '—';
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 className="section-title" id="history-title">
        {t('partnerships.historyTitle')}
      </h2>
      {partnership.history.length === 0 ? (
        <p className="empty-state">{t('person.noHistory')}</p>
      ) : (
        <ol className="timeline" data-testid="partnership-history">
          {partnership.history.map((change) => (
            <li key={`${change.at}-${change.to}`} className="timeline__item">
              <p className="timeline__when">
                {format.when(change.at)}
                {change.by ? ` · ${change.by}` : ''}
              </p>
              <p className="timeline__change">
                {change.from ? `${status(change.from)} → ` : ''}
                {status(change.to)}
              </p>
              {change.reason ? <p className="timeline__text">{change.reason}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
