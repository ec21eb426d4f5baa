import { z } from 'zod';
import { localeSchema } from './common.js';
import { reportAudiences, type reportFormats, reportGroupings, reportMeasures } from './report-vocabulary.js';

const daySchema = z.iso.date();

/** The programme report's period and grouping (docs/reports.md); the audience follows the reader's role. */
export const programmeReportQuery = z.strictObject({
  from: daySchema,
  to: daySchema,
  by: z.enum(reportGroupings).default('region'),
  lang: localeSchema.optional(),
});

/** The evaluator export (docs/evaluator-export.md): the cohort's period and the file format. */
export const evaluatorExportQuery = z.strictObject({
  from: programmeReportQuery.shape.from,
  to: programmeReportQuery.shape.to,
  format: z.enum(['csv', 'xlsx']),
});

export const programmeReportDownloadQuery = programmeReportQuery.extend({
  format: z.enum(['csv', 'xlsx'] satisfies Array<(typeof reportFormats)[number]>),
});

const cellsSchema = z.strictObject(
  Object.fromEntries(reportMeasures.map((m) => [m, z.number().int().min(0).nullable()])) as Record<
    (typeof reportMeasures)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);
const hiddenSchema = z.partialRecord(z.enum(reportMeasures), z.enum(['small', 'complementary']));

export const programmeReportSchema = z.strictObject({
  audience: z.enum(reportAudiences),
  threshold: z.number().int().min(5),
  from: daySchema,
  to: daySchema,
  by: z.enum(reportGroupings),
  measures: z.array(z.enum(reportMeasures)),
  /** Whose records: the whole programme, or one association (a coach's report). */
  scope: z.strictObject({ associationName: z.string().nullable() }),
  rows: z.array(
    z.strictObject({ group: z.string(), label: z.string(), cells: cellsSchema, hidden: hiddenSchema }),
  ),
  total: z.strictObject({ cells: cellsSchema, hidden: hiddenSchema }),
});
export type ProgrammeReportBody = z.infer<typeof programmeReportSchema>;
