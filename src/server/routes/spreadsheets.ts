import {
  exportQuery,
  importCommitResponse,
  importPreviewResponse,
  importRequest,
} from '../../contracts/import.js';
import { exportCaseload } from '../../services/caseload/export-caseload.js';
import { commitImport, validateImport } from '../../services/import/import-people.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['caseload'];
/** Spreadsheets travel as base64 in JSON: allow about 12 MB of file. */
const bodyLimit = 16 * 1024 * 1024;

export const spreadsheetRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/caseload/export',
    {
      config: { policy: 'caseload.export' },
      schema: { tags, summary: 'The caseload as XLSX or CSV (audited)', querystring: exportQuery },
    },
    async (request, reply) => {
      const { format, lang, ...filter } = request.query;
      const file = await exportCaseload(deps, contextOf(request), actorOf(request), filter, format, lang);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
  app.post(
    '/api/people/import/validate',
    {
      bodyLimit,
      config: { policy: 'people.import' },
      schema: {
        tags,
        summary: 'Preview an import: mapping, sample, errors per row',
        body: importRequest,
        response: { 200: importPreviewResponse },
      },
    },
    async (request) => unwrap(await validateImport(deps, actorOf(request), request.body)),
  );
  app.post(
    '/api/people/import/commit',
    {
      bodyLimit,
      config: { policy: 'people.import' },
      schema: {
        tags,
        summary: 'Import all rows, or none',
        body: importRequest,
        response: { 200: importCommitResponse },
      },
    },
    async (request) => unwrap(await commitImport(deps, contextOf(request), actorOf(request), request.body)),
  );
};
