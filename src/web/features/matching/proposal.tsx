import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiRequestError } from '../../api/client';
import type { ConfirmResult, MatchRun } from '../../api/types';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { type FormErrors, formErrorsFrom, noFormErrors, translateErrorCode } from '../forms/form-errors';
import { StatusMessage } from '../shell/status-message';
import { useConfirmRun, useCreateRun } from './matching-queries';
import {
  confirmSelection,
  initialChoices,
  lockedPairs,
  overrideField,
  overrideFieldForPath,
  type PairChoice,
  type PairChoices,
} from './pair-selection';
import { ProposedPairCard } from './proposed-pair-card';
import { useMatchText } from './use-match-text';

/** After confirming: the partnerships now proposed, and the note that both people were emailed. */
function ConfirmedNotice({ result }: { result: ConfirmResult }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} data-testid="confirm-result">
      <StatusMessage
        tone="success"
        title={t('matching.confirm.done', { number: result.partnerships.length })}
      >
        <ul className="plain-list">
          {result.partnerships.map((partnership) => (
            <li key={partnership.id}>
              <Link to={`/partnerships/${encodeURIComponent(partnership.id)}`}>
                {t('matching.confirm.partnership', {
                  mentee: partnership.menteeName,
                  mentor: partnership.mentorName,
                  status: t(`matching.partnershipStatuses.${partnership.status}`, {
                    defaultValue: partnership.status,
                  }),
                })}
              </Link>
            </li>
          ))}
        </ul>
        <p>{t('matching.confirm.emailNote')}</p>
      </StatusMessage>
    </div>
  );
}

/** The engine's proposal: one card per pair, then re-run with locks or confirm the chosen pairs. */
export function Proposal({ run }: { run: MatchRun }) {
  const { t, i18n } = useTranslation();
  const text = useMatchText();
  const navigate = useNavigate();
  const [choices, setChoices] = useState<PairChoices>(() => initialChoices(run.pairs));
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [result, setResult] = useState<ConfirmResult | null>(null);
  const createRun = useCreateRun();
  const confirm = useConfirmRun(run.id);
  const readOnly = run.status === 'confirmed' || result !== null;

  const locked = lockedPairs(run.pairs, choices);
  const selectedCount = run.pairs.filter((pair) => {
    const choice = choices[pair.mentee.id];
    return choice?.confirm && !choice.blocked;
  }).length;

  function change(menteeId: string, update: Partial<PairChoice>) {
    setChoices((current) => {
      const previous = current[menteeId];
      return previous ? { ...current, [menteeId]: { ...previous, ...update } } : current;
    });
  }

  function rerun() {
    createRun.mutate(
      { associationId: run.associationId, locked },
      { onSuccess: (next) => navigate(`/matching/runs/${encodeURIComponent(next.id)}`) },
    );
  }

  function submitConfirm() {
    const { body, missingReasons } = confirmSelection(run.pairs, choices);
    if (body.pairs.length === 0) {
      setErrors({ message: t('matching.confirm.noneSelected'), fields: {} });
      return;
    }
    if (missingReasons.length > 0) {
      const fields = Object.fromEntries(
        missingReasons.map((menteeId) => [overrideField(menteeId), t('matching.pair.overrideRequired')]),
      );
      setErrors({ message: t('errors.validation.failed'), fields });
      return;
    }
    setErrors(noFormErrors);
    confirm.mutate(body, {
      onSuccess: setResult,
      onError: (error) => {
        const found = formErrorsFrom(error, t, i18n);
        const fields: Record<string, string> = {};
        for (const [field, message] of Object.entries(found.fields)) {
          const target = overrideFieldForPath(field, body);
          if (target) fields[target] = message;
        }
        const message =
          Object.keys(fields).length > 0 || !(error instanceof ApiRequestError)
            ? found.message
            : translateErrorCode(t, i18n, error.code, error.details);
        setErrors({ message: message ?? t('errors.unknown'), fields });
      },
    });
  }

  const labels = Object.fromEntries(
    run.pairs.map((pair) => [
      overrideField(pair.mentee.id),
      t('matching.pair.overrideSummaryLabel', { mentee: pair.mentee.name }),
    ]),
  );

  return (
    <section className="proposal" aria-labelledby="proposal-title">
      <h2 className="section-title proposal__title" id="proposal-title">
        {text.proposalTitle(run.pairs.length)}
      </h2>
      {run.pairs.length === 0 ? <p className="empty-state">{t('matching.noPairs')}</p> : null}
      {!readOnly ? <ErrorSummary errors={errors} idPrefix="confirm" labels={labels} /> : null}
      <div className="pairs">
        {run.pairs.map((pair) => {
          const choice = choices[pair.mentee.id];
          if (!choice) return null;
          return (
            <ProposedPairCard
              key={pair.mentee.id}
              pair={pair}
              choice={choice}
              readOnly={readOnly}
              onChange={(update) => change(pair.mentee.id, update)}
              overrideError={errors.fields[overrideField(pair.mentee.id)]}
              onRerun={rerun}
              rerunPending={createRun.isPending}
            />
          );
        })}
      </div>
      {result ? <ConfirmedNotice result={result} /> : null}
      {readOnly || run.pairs.length === 0 ? null : (
        <div className="card proposal__actions" data-testid="proposal-actions">
          <p>
            {t('matching.confirm.selection', {
              selected: selectedCount,
              total: run.pairs.length,
              locked: locked.length,
            })}
          </p>
          {createRun.isError ? (
            <StatusMessage tone="error">{formErrorsFrom(createRun.error, t, i18n).message}</StatusMessage>
          ) : null}
          <div className="form__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={rerun}
              disabled={createRun.isPending}
              aria-busy={createRun.isPending || undefined}
              data-testid="rerun"
            >
              {createRun.isPending ? t('common.working') : t('matching.rerun')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={submitConfirm}
              disabled={confirm.isPending}
              aria-busy={confirm.isPending || undefined}
              data-testid="confirm-pairs"
            >
              {confirm.isPending ? t('common.working') : t('matching.confirm.submit')}
            </button>
          </div>
          <p className="field__hint">{t('matching.confirm.hint')}</p>
        </div>
      )}
    </section>
  );
}
