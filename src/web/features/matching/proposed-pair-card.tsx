import { useEffect, useId, useRef, useState } from 'react';
import type { MatchAlternative, ProposedPair } from '../../api/types';
import { useTranslation } from '../../translator';
import { CheckboxField, TextAreaField } from '../forms/choice-field';
import { SelectField } from '../forms/field';
import { StatusMessage } from '../shell/status-message';
import { BlockForm } from './block-form';
import { CriteriaList } from './criteria-list';
import { chosenMentor, overrideField, type PairChoice } from './pair-selection';
import { useMatchText } from './use-match-text';

interface ProposedPairCardProps {
  pair: ProposedPair;
  choice: PairChoice;
  onChange: (change: Partial<PairChoice>) => void;
  /** The run is confirmed: show the pair, hide every action. */
  readOnly: boolean;
  overrideError?: string | undefined;
  onRerun: () => void;
  rerunPending: boolean;
}

/** "Els Claes: 71 % (−8); Tom Peeters would then lose this mentor." */
function AlternativeLine({ alternative }: { alternative: MatchAlternative }) {
  const { t } = useTranslation();
  const text = useMatchText();
  return (
    <li>
      {t('matching.pair.alternative', {
        mentor: alternative.mentor.name,
        score: text.percent(alternative.score),
        delta: text.points(alternative.delta),
      })}{' '}
      {alternative.mentor.shared && alternative.mentor.associationName ? (
        <span className="muted">
          {t('matching.pair.sharedFrom', { association: alternative.mentor.associationName })}{' '}
        </span>
      ) : null}
      <span className="muted">
        {alternative.displaces
          ? t('matching.pair.displaces', { mentee: alternative.displaces })
          : t('matching.pair.displacesNobody')}
      </span>
    </li>
  );
}

/** One proposed pair: who, how well they fit and why, the alternatives, and the coach's choices. */
export function ProposedPairCard(props: ProposedPairCardProps) {
  const { pair, choice, onChange, readOnly, overrideError, onRerun, rerunPending } = props;
  const { t } = useTranslation();
  const text = useMatchText();
  const titleId = useId();
  const [blocking, setBlocking] = useState(false);
  const mentee = pair.mentee;
  const mentor = chosenMentor(pair, choice);
  const proposedNames = { mentee: mentee.name, mentor: pair.mentor.name };
  const chosenNames = { mentee: mentee.name, mentor: mentor.name };
  const picksAlternative = mentor.id !== pair.mentor.id;
  const idPrefix = `pair-${mentee.id}`;
  const blockedNotice = useRef<HTMLDivElement>(null);

  // The block form vanishes once the pair is blocked: focus moves to what replaced it.
  useEffect(() => {
    if (choice.blocked) blockedNotice.current?.focus();
  }, [choice.blocked]);

  return (
    <article
      className={choice.blocked ? 'card pair pair--blocked' : 'card pair'}
      data-testid="proposed-pair"
      aria-labelledby={titleId}
    >
      <div className="pair__header">
        <h3 className="pair__title" id={titleId}>
          {t('matching.pair.title', proposedNames)}
        </h3>
        <p className="pair__score">
          <span className="pair__score-value">{text.percent(pair.score)}</span>{' '}
          <span className="muted">{t('matching.pair.score')}</span>
        </p>
      </div>
      <p className="pair__meta">
        {choice.locked && !choice.blocked ? (
          <span className="badge badge--info">{t('matching.pair.locked')}</span>
        ) : null}
        <span>{text.waiting(mentee.waitingDays)}</span>
        {mentee.associationName ? <span>{mentee.associationName}</span> : null}
        {pair.mentor.shared && pair.mentor.associationName ? (
          <span className="pair__shared">
            {t('matching.pair.sharedBy', {
              mentor: pair.mentor.name,
              association: pair.mentor.associationName,
            })}
          </span>
        ) : null}
      </p>
      <CriteriaList criteria={pair.criteria} />
      <h4 className="pair__subtitle">{t('matching.pair.alternativesTitle')}</h4>
      {pair.alternatives.length > 0 ? (
        <ul className="plain-list pair__alternatives">
          {pair.alternatives.map((alternative) => (
            <AlternativeLine key={alternative.mentor.id} alternative={alternative} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('matching.pair.noAlternatives')}</p>
      )}
      {readOnly ? null : choice.blocked ? (
        <div ref={blockedNotice} tabIndex={-1}>
          <StatusMessage tone="success" testId="pair-blocked">
            <p>{t('matching.block.done', proposedNames)}</p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={onRerun}
              disabled={rerunPending}
              aria-label={t('matching.block.rerunNamed', proposedNames)}
            >
              {rerunPending ? t('common.working') : t('matching.block.rerun')}
            </button>
          </StatusMessage>
        </div>
      ) : (
        <div className="pair__controls">
          <CheckboxField
            idPrefix={idPrefix}
            name="confirm"
            label={
              <>
                {t('matching.pair.confirmThis')}
                <span className="visually-hidden">: {t('matching.pair.title', chosenNames)}</span>
              </>
            }
            checked={choice.confirm}
            onChange={(confirm) => onChange({ confirm })}
          />
          {pair.alternatives.length > 0 ? (
            <SelectField
              idPrefix={idPrefix}
              name="mentor"
              label={t('matching.pair.chooseMentor', { mentee: mentee.name })}
              value={choice.mentorId}
              onChange={(event) => onChange({ mentorId: event.target.value })}
            >
              <option value={pair.mentor.id}>
                {t('matching.pair.proposedOption', {
                  mentor: pair.mentor.name,
                  score: text.percent(pair.score),
                })}
              </option>
              {pair.alternatives.map((alternative) => (
                <option key={alternative.mentor.id} value={alternative.mentor.id}>
                  {t('matching.pair.alternativeOption', {
                    mentor: alternative.mentor.name,
                    score: text.percent(alternative.score),
                    delta: text.points(alternative.delta),
                  })}
                </option>
              ))}
            </SelectField>
          ) : null}
          {picksAlternative ? (
            <TextAreaField
              idPrefix="confirm"
              name={overrideField(mentee.id)}
              label={t('matching.pair.overrideReason', chosenNames)}
              hint={t('matching.pair.overrideHint')}
              value={choice.overrideReason}
              rows={3}
              maxLength={1000}
              required
              onChange={(event) => onChange({ overrideReason: event.target.value })}
              error={overrideError}
            />
          ) : null}
          <div className="row-actions">
            <button
              type="button"
              className="button button--secondary button--small toggle-button"
              aria-pressed={choice.locked}
              aria-label={t('matching.pair.lockNamed', chosenNames)}
              onClick={() => onChange({ locked: !choice.locked })}
            >
              {t('matching.pair.lock')}
            </button>
            <button
              type="button"
              className="button button--danger-quiet button--small"
              aria-expanded={blocking}
              aria-label={t('matching.pair.blockNamed', proposedNames)}
              onClick={() => setBlocking((open) => !open)}
            >
              {t('matching.pair.block')}
            </button>
          </div>
          {blocking ? (
            <BlockForm
              menteeId={mentee.id}
              mentorId={pair.mentor.id}
              names={proposedNames}
              onCancel={() => setBlocking(false)}
              onBlocked={() => {
                setBlocking(false);
                onChange({ blocked: true, confirm: false, locked: false });
              }}
            />
          ) : null}
        </div>
      )}
    </article>
  );
}
