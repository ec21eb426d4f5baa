import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionScore, UnmatchedMentee } from '../../api/types';
import { useLanguageName } from '../languages/language-options';

/**
 * Words the engine's codes in the page's language: scores as percentages, a criterion's reason
 * code as a sentence (language codes become names), an unmatched mentee's reason for the coach.
 */
export function useMatchText() {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  return useMemo(() => {
    const language = i18n.language;
    const percentFormat = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const numberFormat = new Intl.NumberFormat(language);
    const decimalFormat = new Intl.NumberFormat(language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const pointsFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    let orList: Intl.ListFormat | null = null;
    try {
      orList = new Intl.ListFormat(language, { type: 'disjunction' });
    } catch {
      orList = null;
    }
    const exists = (key: string) => i18n.exists(key);

    /** 0.714 -> "71 %". */
    const percent = (score: number) => percentFormat.format(score);
    /** -0.08 -> "−8", in percentage points, with a real minus sign. */
    const points = (delta: number) => {
      const rounded = Math.round(delta * 100);
      const sign = rounded < 0 ? '−' : rounded > 0 ? '+' : '±';
      return `${sign}${pointsFormat.format(Math.abs(rounded))}`;
    };
    const languages = (codes: string) => {
      const names = codes
        .split(',')
        .map((code) => code.trim())
        .filter(Boolean)
        .map(languageName);
      return orList ? orList.format(names) : names.join(', ');
    };

    /** The sentence for one criterion, e.g. "Both speak Dutch at B2 or better." */
    const reason = (criterion: CriterionScore): string => {
      const key = `matching.reasons.${criterion.reason}`;
      if (!exists(key)) return '';
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(criterion.params)) {
        params[name] = typeof value === 'number' ? numberFormat.format(value) : value;
      }
      if (typeof criterion.params.code === 'string' && criterion.reason === 'language.shared')
        params.language = languageName(criterion.params.code);
      if (typeof criterion.params.share === 'number') params.share = percent(criterion.params.share / 100);
      return t(key, params);
    };

    /** Why a mentee got no mentor, in a sentence the coach can act on. */
    const unmatched = (entry: UnmatchedMentee): string => {
      const key = `matching.unmatched.${entry.reason}`;
      const sector = typeof entry.params.sector === 'string' ? entry.params.sector : '';
      const spoken = typeof entry.params.languages === 'string' ? languages(entry.params.languages) : '';
      const sentence = exists(key) ? t(key, { languages: spoken || '—' }) : t('matching.unmatched.other');
      const hint =
        sector && spoken && ['no_shared_language', 'mentor_at_capacity', 'outcompeted'].includes(entry.reason)
          ? ` ${t('matching.unmatched.sectorHint', { sector, languages: spoken })}`
          : '';
      return `${sentence}${hint}`;
    };

    /** "no shared language: 4, at capacity: 2" for the counted hard constraints. */
    const constraints = (counts: Record<string, number>): string[] =>
      Object.entries(counts)
        .filter(([, count]) => count > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([name, count]) =>
          t('matching.constraintCount', {
            constraint: exists(`matching.constraints.${name}`) ? t(`matching.constraints.${name}`) : name,
            count: numberFormat.format(count),
          }),
        );

    return {
      percent,
      points,
      number: (value: number) => numberFormat.format(value),
      decimal: (value: number) => decimalFormat.format(value),
      reason,
      unmatched,
      constraints,
    };
  }, [t, i18n, languageName]);
}

/** The criteria that weigh most in a score (weight × value), best first. */
export function topCriteria(criteria: readonly CriterionScore[], count: number): CriterionScore[] {
  return [...criteria]
    .filter((criterion) => criterion.weight > 0)
    .sort((a, b) => b.weight * b.value - a.weight * a.value)
    .slice(0, count);
}
