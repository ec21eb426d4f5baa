import { reportEndpoints as e } from '../../contracts/endpoints/reports.js';
import { programmeReportFile, programmeReportFor } from '../../services/reports/programme-report.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** The programme report (docs/reports.md): figures only, small counts hidden for the funder. */
export const reportRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/reports/programme'], async (request) =>
    unwrap(await programmeReportFor(deps, contextOf(request), actorOf(request), request.query)),
  );
  registerEndpoint(app, e['GET /api/reports/programme/download'], async (request, reply) => {
    const file = unwrap(await programmeReportFile(deps, contextOf(request), actorOf(request), request.query));
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(file.body);
  });
};
