/**
 * Text folded for search-as-you-type: lower case, accents removed ("Électricien" and "electricien"
 * meet), runs of spaces collapsed. The same fold is applied to the stored labels and to the query.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "AGRICULTURE, FORESTRY AND FISHING" -> "Agriculture, forestry and fishing" (NACE sections). */
export function sentenceCase(text: string, locale: string): string {
  if (text !== text.toLocaleUpperCase(locale)) return text;
  const lower = text.toLocaleLowerCase(locale);
  return lower.charAt(0).toLocaleUpperCase(locale) + lower.slice(1);
}
