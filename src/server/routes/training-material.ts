import { trainingMaterialEndpoints as e } from '../../contracts/endpoints/training-material.js';
import { closePdfRenderer } from '../../services/documents/render-pdf.js';
import { participationCertificate } from '../../services/training/certificate.js';
import { changePage, createPage, markPageRead, modulePages } from '../../services/training/training-pages.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** Self-study pages (admins write, participants read and mark read) and the participation certificate. */
export const trainingMaterialRoutes: RouteModule = (app, deps) => {
  app.addHook('onClose', async () => closePdfRenderer());
  registerEndpoint(app, e['GET /api/training/modules/:id/pages'], async (request) =>
    unwrap(
      await modulePages(
        deps,
        actorOf(request),
        request.params.id,
        request.query.page,
        request.query.pageSize,
      ),
    ),
  );
  registerEndpoint(app, e['POST /api/training/modules/:id/pages'], async (request) =>
    unwrap(await createPage(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['PUT /api/training/pages/:id'], async (request) =>
    unwrap(await changePage(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['POST /api/training/pages/:id/read'], async (request) =>
    unwrap(await markPageRead(deps, actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['GET /api/training/modules/:id/certificate'], async (request, reply) => {
    const { pdf, code } = unwrap(
      await participationCertificate(deps, contextOf(request), actorOf(request), request.params.id),
    );
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="mentor2work-${code}.pdf"`)
      .send(pdf);
  });
};
