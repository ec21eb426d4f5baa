import { useId } from 'react';
import type { Fairness } from '../../api/types';
import { useTranslation } from '../../translator';
import { useMatchText } from './use-match-text';

/** Matched of the pool, total score and places: the run at a glance. */
export function RunSummary({ fairness }: { fairness: Fairness }) {
  const { t } = useTranslation();
  const text = useMatchText();
  const average = fairness.matched > 0 ? fairness.totalScore / fairness.matched : 0;
  const items = [
    {
      key: 'matched',
      label: t('matching.summary.matched'),
      value: t('matching.runs.matchedOf', {
        matched: text.number(fairness.matched),
        total: text.number(fairness.menteesInPool),
      }),
    },
    { key: 'total', label: t('matching.summary.totalScore'), value: text.decimal(fairness.totalScore) },
    { key: 'average', label: t('matching.summary.averageScore'), value: text.percent(average) },
    { key: 'mentors', label: t('matching.summary.mentors'), value: text.number(fairness.mentorsInPool) },
    { key: 'places', label: t('matching.summary.places'), value: text.number(fairness.placesInPool) },
  ];
  return (
    <section className="card" aria-labelledby="run-summary-title" data-testid="run-summary">
      <h2 className="section-title" id="run-summary-title">
        {t('matching.summary.title')}
      </h2>
      <dl className="stats">
        {items.map((item) => (
          <div className="stats__item" key={item.key}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The proposed pairs per score band, as a two-column table with a bar beside each count. */
function ScoreHistogram({ bins }: { bins: readonly number[] }) {
  const { t } = useTranslation();
  const text = useMatchText();
  const idBase = useId();
  const highest = Math.max(1, ...bins);
  return (
    <table className="histogram">
      <caption className="histogram__caption">{t('matching.fairness.histogram')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('matching.fairness.scoreBand')}</th>
          <th scope="col">{t('matching.fairness.pairs')}</th>
        </tr>
      </thead>
      <tbody>
        {bins.map((count, index) => {
          const id = `${idBase}-${index}`;
          const band = t('matching.fairness.band', {
            from: text.percent(index / 10),
            to: text.percent((index + 1) / 10),
          });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the ten bins are fixed score bands
            <tr key={index}>
              <th scope="row" id={id}>
                {band}
              </th>
              <td>
                <span className="histogram__cell">
                  <meter className="meter" min={0} max={highest} value={count} aria-labelledby={id}>
                    {count}
                  </meter>
                  <span className="histogram__count">{text.number(count)}</span>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Is the proposal fair? Score spread, mentor load and who waited longest. */
export function FairnessReport({ fairness }: { fairness: Fairness }) {
  const { t } = useTranslation();
  const text = useMatchText();
  const quartileLabels = ['min', 'q1', 'median', 'q3', 'max'] as const;
  const loadColumns = {
    mentor: t('matching.fairness.mentor'),
    proposed: t('matching.fairness.proposed'),
    places: t('matching.fairness.places'),
  };
  return (
    <section className="card" aria-labelledby="fairness-title" data-testid="fairness">
      <h2 className="section-title" id="fairness-title">
        {t('matching.fairness.title')}
      </h2>
      <p className="section-lead">{t('matching.fairness.lead')}</p>
      <div className="grid-2 fairness">
        <div>
          <h3 className="subsection-title">{t('matching.fairness.scoresTitle')}</h3>
          {fairness.matched > 0 ? (
            <>
              <ScoreHistogram bins={fairness.scoreHistogram} />
              <dl className="facts facts--inline">
                {fairness.scoreQuartiles.map((value, index) => {
                  const label = quartileLabels[index] ?? 'max';
                  return (
                    <div className="facts__item" key={label}>
                      <dt>{t(`matching.fairness.quartiles.${label}`)}</dt>
                      <dd>{text.percent(value)}</dd>
                    </div>
                  );
                })}
              </dl>
            </>
          ) : (
            <p className="empty-state">{t('matching.fairness.noPairs')}</p>
          )}
        </div>
        <div>
          <h3 className="subsection-title">{t('matching.fairness.waitingTitle')}</h3>
          <dl className="facts">
            <div className="facts__item">
              <dt>{t('matching.fairness.matchedMedian')}</dt>
              <dd>
                {t('matching.fairness.days', { days: text.number(fairness.waitingDays.matchedMedian) })}
              </dd>
            </div>
            <div className="facts__item">
              <dt>{t('matching.fairness.unmatchedMedian')}</dt>
              <dd>
                {fairness.matched < fairness.menteesInPool
                  ? t('matching.fairness.days', { days: text.number(fairness.waitingDays.unmatchedMedian) })
                  : t('matching.fairness.nobodyUnmatched')}
              </dd>
            </div>
            <div className="facts__item">
              <dt>{t('matching.fairness.matchedMax')}</dt>
              <dd>{t('matching.fairness.days', { days: text.number(fairness.waitingDays.matchedMax) })}</dd>
            </div>
          </dl>
        </div>
      </div>
      <h3 className="subsection-title">{t('matching.fairness.loadTitle')}</h3>
      {fairness.mentorLoad.length === 0 ? (
        <p className="empty-state">{t('matching.fairness.noMentors')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="mentor-load">
            <caption className="visually-hidden">{t('matching.fairness.loadTitle')}</caption>
            <thead>
              <tr>
                {Object.values(loadColumns).map((label) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fairness.mentorLoad.map((load, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: mentor names may repeat
                <tr key={`${load.mentor}-${index}`}>
                  <th scope="row" data-label={loadColumns.mentor} className="break-all">
                    {load.mentor}
                  </th>
                  <td data-label={loadColumns.proposed} className="table__number">
                    {text.number(load.proposed)}
                    {load.places > 0 && load.proposed >= load.places ? (
                      <span className="table__secondary">{t('matching.fairness.full')}</span>
                    ) : null}
                  </td>
                  <td data-label={loadColumns.places} className="table__number">
                    {text.number(load.places)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
