import { useMemo } from 'react';
import type { CriterionScore, UnmatchedMentee } from '../../api/types';
import { useTranslation } from '../../translator';
import { useLanguageName } from '../languages/language-options';
import { useSectorLabels } from '../reference/reference-queries';

/**
 * Words the engine's codes in the page's language: scores as percentages, a criterion's reason
 * code as a sentence (language codes become names), an unmatched mentee's reason for the coach.
 */
export function useMatchText() {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const sectorNames = useSectorLabels();
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
    let andList: Intl.ListFormat | null = null;
    try {
      andList = new Intl.ListFormat(language, { type: 'conjunction' });
    } catch {
      andList = null;
    }
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    /** "86" -> "Menselijke gezondheidszorg", or the code while the names load. */
    const sectorName = (code: string) => sectorNames.get(code) ?? code;
    /** "2-evening,6-morning" -> "dinsdag avond en zaterdag voormiddag" (day 1 is Monday). */
    const slots = (list: string) => {
      const words = list.split(',').map((slot) => {
        const [day, part] = slot.split('-');
        const name = weekday.format(new Date(Date.UTC(2024, 0, Number(day))));
        return `${name} ${t(`assessment.parts.${part}`).toLowerCase()}`;
      });
      return andList ? andList.format(words) : words.join(', ');
    };

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
      if (criterion.reason.startsWith('sector.')) {
        if (typeof criterion.params.code === 'string') params.name = sectorName(criterion.params.code);
        if (typeof criterion.params.mentee === 'string') params.mentee = sectorName(criterion.params.mentee);
        if (typeof criterion.params.mentor === 'string') params.mentor = sectorName(criterion.params.mentor);
      }
      if (typeof criterion.params.list === 'string') params.list = slots(criterion.params.list);
      if (criterion.reason === 'language.shared' && criterion.params.level === 'C2')
        return t('matching.reasons.language.shared_top', params);
      return t(key, params);
    };

    /** Why a mentee got no mentor, in a sentence the coach can act on. */
    const unmatched = (entry: UnmatchedMentee): string => {
      const key = `matching.unmatched.${entry.reason}`;
      const sector = typeof entry.params.sector === 'string' ? sectorName(entry.params.sector) : '';
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
  }, [t, i18n, languageName, sectorNames]);
}

/** The criteria that weigh most in a score (weight × value), best first. */
export function topCriteria(criteria: readonly CriterionScore[], count: number): CriterionScore[] {
  return [...criteria]
    .filter((criterion) => criterion.weight > 0)
    .sort((a, b) => b.weight * b.value - a.weight * a.value)
    .slice(0, count);
}
