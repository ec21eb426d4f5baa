import fs from 'node:fs';
import { reportFormats } from '../../contracts/report-vocabulary.js';
import { cliContext, type Deps } from '../../services/context.js';
import {
  evaluatorExport,
  evaluatorExportCsv,
  evaluatorExportXlsx,
} from '../../services/reports/evaluator-export.js';

const formats = reportFormats;
const usage =
  'Usage: mentor2work evaluator-export --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv|xlsx] [--out FILE]';

/**
 * `evaluator-export`: the pseudonymised participant records of a cohort for an external evaluator
 * (docs/evaluator-export.md), with the data dictionary (in the JSON and as the workbook's second sheet).
 */
export async function evaluatorExportCommand(
  deps: Deps,
  options: {
    from?: string | undefined;
    to?: string | undefined;
    format?: string | undefined;
    out?: string | undefined;
  },
): Promise<number> {
  const format = options.format === undefined ? 'json' : formats.find((f) => f === options.format);
  const problems = [
    !options.from && '--from is required',
    !options.to && '--to is required',
    !format && `--format must be one of ${formats.join(', ')}`,
    format === 'xlsx' && !options.out && '--out FILE is required for xlsx',
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length > 0 || !options.from || !options.to || !format) {
    console.error(`evaluator-export: ${problems.join('; ')}\n${usage}`);
    return 2;
  }
  const result = await evaluatorExport(deps, cliContext, null, { from: options.from, to: options.to });
  if (!result.ok) {
    console.error(`evaluator-export: ${result.error.message}`);
    return 2;
  }
  const body =
    format === 'json'
      ? `${JSON.stringify(result.value, null, 2)}\n`
      : format === 'csv'
        ? evaluatorExportCsv(result.value)
        : await evaluatorExportXlsx(result.value);
  if (options.out) {
    fs.writeFileSync(options.out, body);
    console.error(`evaluator-export: ${result.value.records.length} records written to ${options.out}`);
  } else process.stdout.write(body);
  return 0;
}
