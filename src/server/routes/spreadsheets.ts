import { spreadsheetEndpoints as e } from '../../contracts/endpoints/spreadsheets.js';
import { exportCaseload } from '../../services/caseload/export-caseload.js';
import { commitImport, validateImport } from '../../services/import/import-people.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** Spreadsheets travel as base64 in JSON: allow about 12 MB of file. */
const bodyLimit = 16 * 1024 * 1024;

export const spreadsheetRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/caseload/export'], async (request, reply) => {
    const { format, lang, ...filter } = request.query;
    const file = await exportCaseload(deps, contextOf(request), actorOf(request), filter, format, lang);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(file.body);
  });
  registerEndpoint(
    app,
    e['POST /api/people/import/validate'],
    async (request) => unwrap(await validateImport(deps, actorOf(request), request.body)),
    { bodyLimit },
  );
  registerEndpoint(
    app,
    e['POST /api/people/import/commit'],
    async (request) => unwrap(await commitImport(deps, contextOf(request), actorOf(request), request.body)),
    { bodyLimit },
  );
};
