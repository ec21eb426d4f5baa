import { useId } from 'react';
import type { CriterionScore } from '../../api/types';
import { useTranslation } from '../../translator';
import { useMatchText } from './use-match-text';

interface ScoreMeterProps {
  value: number;
  /** The id of the element that names the meter. */
  labelledBy: string;
  max?: number;
}

/** A score as a bar: a native <meter> (no inline styles under the CSP), named by a visible label. */
export function ScoreMeter({ value, labelledBy, max = 1 }: ScoreMeterProps) {
  return (
    <meter className="meter" min={0} max={max} value={value} aria-labelledby={labelledBy}>
      {value}
    </meter>
  );
}

/** One row per criterion: its name, a bar, the value and the reason in a sentence. */
export function CriteriaList({ criteria }: { criteria: readonly CriterionScore[] }) {
  const { t } = useTranslation();
  const text = useMatchText();
  const idBase = useId();
  const weightSum = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return (
    <ul className="criteria">
      {criteria.map((criterion) => {
        const id = `${idBase}-${criterion.criterion}`;
        const share = weightSum > 0 ? criterion.weight / weightSum : 0;
        return (
          <li className="criterion" key={criterion.criterion}>
            <span className="criterion__name" id={id}>
              {t(`matching.criteria.${criterion.criterion}`)}
            </span>
            <ScoreMeter value={criterion.value} labelledBy={id} />
            <span className="criterion__value">{text.percent(criterion.value)}</span>
            <span className="criterion__reason">
              {text.reason(criterion)}{' '}
              <span className="muted">
                {share > 0
                  ? t('matching.weightShare', { share: text.percent(share) })
                  : t('matching.notCounted')}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
