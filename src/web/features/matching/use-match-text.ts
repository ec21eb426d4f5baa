import { useMemo } from 'react';
import type { CriterionScore } from '../../api/types';
import { useTranslation } from '../../translator';
import { useLanguageName } from '../languages/language-options';
import { useOccupationGroupLabels, useSectorLabels } from '../reference/reference-queries';
import { buildMatchText } from './match-text';

/** The matching texts (match-text.ts) in the page's language, with language names and sector labels. */
export function useMatchText() {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const sectorNames = useSectorLabels();
  const groupNames = useOccupationGroupLabels();
  return useMemo(
    () =>
      buildMatchText({
        t: (key, options) => t(key, options ?? {}),
        exists: (key) => i18n.exists(key),
        language: i18n.language,
        languageName,
        sectorLabel: (code) => sectorNames.get(code),
        occupationGroupLabel: (code) => groupNames.get(code),
      }),
    [t, i18n, languageName, sectorNames, groupNames],
  );
}
/** The criteria that weigh most in a score (weight × value), best first. */
export function topCriteria(criteria: readonly CriterionScore[], count: number): CriterionScore[] {
  return [...criteria]
    .filter((criterion) => criterion.weight > 0)
    .sort((a, b) => b.weight * b.value - a.weight * a.value)
    .slice(0, count);
}
