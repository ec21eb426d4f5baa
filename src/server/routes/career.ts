import { careerEndpoints as e } from '../../contracts/endpoints/career.js';
import {
  handleDiscriminationReport,
  listOpenDiscriminationReports,
  listOwnReports,
  readDiscriminationReport,
  reportDiscrimination,
} from '../../services/career/discrimination-reports.js';
import {
  addJobApplicationFeedback,
  changeJobApplicationStage,
  createJobApplication,
  getJobApplication,
  listJobApplications,
  updateJobApplicationFacts,
} from '../../services/career/job-applications.js';
import {
  createSectorTip,
  deleteSectorTip,
  listSectorTips,
  tipsForMentee,
  updateSectorTip,
} from '../../services/career/sector-tips.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** Sector tips, job applications with feedback, and discrimination reports. */
export const careerRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/sector-tips'], async (request) =>
    listSectorTips(deps, request.query.section, request.query.page, request.query.pageSize),
  );
  registerEndpoint(app, e['POST /api/sector-tips'], async (request) =>
    createSectorTip(deps, contextOf(request), request.body),
  );
  registerEndpoint(app, e['PUT /api/sector-tips/:id'], async (request) =>
    unwrap(await updateSectorTip(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['DELETE /api/sector-tips/:id'], async (request) =>
    unwrap(await deleteSectorTip(deps, contextOf(request), request.params.id)),
  );
  registerEndpoint(app, e['GET /api/mentees/:id/sector-tips'], async (request) =>
    unwrap(
      await tipsForMentee(
        deps,
        contextOf(request),
        request.params.id,
        request.query.page,
        request.query.pageSize,
      ),
    ),
  );

  registerEndpoint(app, e['GET /api/mentees/:id/job-applications'], async (request) =>
    unwrap(
      await listJobApplications(
        deps,
        contextOf(request),
        request.params.id,
        request.query.page,
        request.query.pageSize,
      ),
    ),
  );
  registerEndpoint(app, e['POST /api/mentees/:id/job-applications'], async (request) =>
    unwrap(await createJobApplication(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['GET /api/job-applications/:id'], async (request) =>
    unwrap(await getJobApplication(deps, contextOf(request), request.params.id)),
  );
  registerEndpoint(app, e['PATCH /api/job-applications/:id'], async (request) =>
    unwrap(await updateJobApplicationFacts(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['POST /api/job-applications/:id/stage'], async (request) =>
    unwrap(await changeJobApplicationStage(deps, contextOf(request), request.params.id, request.body.stage)),
  );
  registerEndpoint(app, e['POST /api/job-applications/:id/feedback'], async (request) =>
    unwrap(await addJobApplicationFeedback(deps, contextOf(request), request.params.id, request.body.body)),
  );

  registerEndpoint(app, e['POST /api/me/discrimination-reports'], async (request) =>
    unwrap(await reportDiscrimination(deps, contextOf(request), request.body)),
  );
  registerEndpoint(app, e['GET /api/me/discrimination-reports'], async (request) =>
    unwrap(await listOwnReports(deps, actorOf(request), request.query.page, request.query.pageSize)),
  );
  registerEndpoint(app, e['GET /api/discrimination-reports'], async (request) =>
    unwrap(await listOpenDiscriminationReports(deps, actorOf(request), request.query, contextOf(request))),
  );
  registerEndpoint(app, e['GET /api/discrimination-reports/:id'], async (request) =>
    unwrap(await readDiscriminationReport(deps, contextOf(request), request.params.id)),
  );
  registerEndpoint(app, e['POST /api/discrimination-reports/:id/handle'], async (request) =>
    unwrap(await handleDiscriminationReport(deps, contextOf(request), request.params.id, request.body.note)),
  );
};
