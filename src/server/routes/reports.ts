import {
  programmeReportDownloadQuery,
  programmeReportQuery,
  programmeReportSchema,
} from '../../contracts/reports.js';
import { programmeReportFile, programmeReportFor } from '../../services/reports/programme-report.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['reports'];

/** The programme report (docs/reports.md): figures only, small counts hidden for the funder. */
export const reportRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/reports/programme',
    {
      config: { policy: 'reports.programme' },
      schema: {
        tags,
        summary: 'The programme in figures for a period (funder: small counts hidden)',
        querystring: programmeReportQuery,
        response: { 200: programmeReportSchema },
      },
    },
    async (request) =>
      unwrap(await programmeReportFor(deps, contextOf(request), actorOf(request), request.query)),
  );
  app.get(
    '/api/reports/programme/download',
    {
      config: { policy: 'reports.programme' },
      schema: {
        tags,
        summary: 'The programme report as XLSX or CSV',
        querystring: programmeReportDownloadQuery,
      },
    },
    async (request, reply) => {
      const file = unwrap(
        await programmeReportFile(deps, contextOf(request), actorOf(request), request.query),
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
};
