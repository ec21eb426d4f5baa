import fs from 'node:fs';
import { type Locale, locales } from '../../contracts/common.js';
import {
  type ReportAudience,
  type ReportFormat,
  type ReportGrouping,
  reportAudiences,
  reportFormats,
  reportGroupings,
} from '../../contracts/report-vocabulary.js';
import { cliContext, type Deps } from '../../services/context.js';
import { programmeReport } from '../../services/reports/programme-report.js';
import { reportCsv, reportXlsx } from '../../services/reports/report-files.js';

export interface ReportOptions {
  from?: string | undefined;
  to?: string | undefined;
  by?: string | undefined;
  audience?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  threshold?: string | undefined;
  lang?: string | undefined;
}

const usage =
  'Usage: mentor2work report --from YYYY-MM-DD --to YYYY-MM-DD [--by total|region|association|sector|ageBand|gender]\n' +
  '         [--audience funder|staff] [--format json|csv|xlsx] [--out FILE] [--threshold N] [--lang nl|fr|en]';

function oneOf<T extends string>(list: readonly T[], value: string | undefined, fallback: T): T | null {
  if (value === undefined) return fallback;
  return list.find((item) => item === value) ?? null;
}

/**
 * `report`: the programme report the dashboard shows (docs/reports.md), as JSON on standard output
 * or as CSV/XLSX in a file. The funder audience (the default) hides small counts.
 */
export async function reportCommand(deps: Deps, options: ReportOptions): Promise<number> {
  const by = oneOf<ReportGrouping>(reportGroupings, options.by, 'total');
  const audience = oneOf<ReportAudience>(reportAudiences, options.audience, 'funder');
  const format = oneOf<ReportFormat>(reportFormats, options.format, 'json');
  const locale = oneOf<Locale>(locales, options.lang, 'nl');
  const problems = [
    !options.from && '--from is required',
    !options.to && '--to is required',
    by === null && `--by must be one of ${reportGroupings.join(', ')}`,
    audience === null && `--audience must be one of ${reportAudiences.join(', ')}`,
    format === null && `--format must be one of ${reportFormats.join(', ')}`,
    locale === null && `--lang must be one of ${locales.join(', ')}`,
    format === 'xlsx' && !options.out && '--out FILE is required for xlsx',
    options.threshold !== undefined &&
      !/^\d+$/.test(options.threshold) &&
      '--threshold must be a whole number',
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length > 0 || !options.from || !options.to || !by || !audience || !format || !locale) {
    console.error(`report: ${problems.join('; ')}\n${usage}`);
    return 2;
  }
  const result = await programmeReport(deps, cliContext, {
    from: options.from,
    to: options.to,
    by,
    audience,
    threshold: options.threshold === undefined ? undefined : Number(options.threshold),
    locale,
  });
  if (!result.ok) {
    console.error(`report: ${result.error.message}`);
    return 2;
  }
  const body =
    format === 'json'
      ? `${JSON.stringify(result.value, null, 2)}\n`
      : format === 'csv'
        ? reportCsv(result.value, locale)
        : await reportXlsx(result.value, locale);
  if (options.out) {
    fs.writeFileSync(options.out, body);
    console.error(`report: written to ${options.out}`);
  } else process.stdout.write(body);
  return 0;
}
