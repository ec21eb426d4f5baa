/**
 * The words of the programme report (docs/reports.md), zod-free so the domain, the command line and
 * the web app can import them. A measure counts mentees of the cohort (their application received
 * in the period) who reached a step; the steps are nested, each a part of the one before it.
 */
export const reportMeasures = [
  'applied',
  'eligible',
  'intakeDone',
  'matched',
  'active',
  'completed',
  'endedEarly',
  'inWorkAtEnd',
] as const;
export type ReportMeasure = (typeof reportMeasures)[number];

/** [part, whole]: in every group, the part never counts more than the whole. */
export const reportMeasureNesting: ReadonlyArray<readonly [ReportMeasure, ReportMeasure]> = [
  ['eligible', 'applied'],
  ['intakeDone', 'eligible'],
  ['matched', 'intakeDone'],
  ['active', 'matched'],
  ['completed', 'active'],
  ['endedEarly', 'active'],
  ['inWorkAtEnd', 'active'],
];

export const reportGroupings = ['total', 'region', 'association', 'sector', 'ageBand', 'gender'] as const;
export type ReportGrouping = (typeof reportGroupings)[number];

export const reportAudiences = ['staff', 'funder'] as const;
export type ReportAudience = (typeof reportAudiences)[number];

export const reportFormats = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** ESF+ age bands at entry (Regulation (EU) 2021/1057, Annex I). */
export const ageBands = ['under18', '18-29', '30-54', '55plus'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The group of people whose fact is not recorded (a report's groups always cover everyone). */
export const unknownGroup = 'unknown';
