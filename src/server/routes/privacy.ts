import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../contracts/common.js';
import { privacyEndpoints as e } from '../../contracts/endpoints/privacy.js';
import { withdrawSpecialCategoriesConsent } from '../../services/people/own-profile.js';
import { erasePerson } from '../../services/privacy/erase-person.js';
import { exportPersonData, exportPersonPdf } from '../../services/privacy/export-person.js';
import { acceptPrivacyVersion, getPrivacyUpdate } from '../../services/privacy/privacy-acceptance.js';
import { retentionReport } from '../../services/privacy/retention.js';
import { contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

function accountOf(request: FastifyRequest) {
  const { user } = sessionOf(request);
  return { id: user.id, role: user.role as Role };
}

function download(reply: FastifyReply, result: { fileName: string; document: Record<string, unknown> }) {
  return reply
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-disposition', `attachment; filename="${result.fileName}"`)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(result.document, null, 2));
}

function downloadPdf(reply: FastifyReply, result: { fileName: string; pdf: Buffer }) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${result.fileName}"`)
    .header('cache-control', 'no-store')
    .send(result.pdf);
}

/** The data subject's rights: a person's data as one JSON file, and erasure (docs/privacy.md). */
export const privacyRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/me/data-export'], async (request, reply) =>
    download(reply, unwrap(await exportPersonData(deps, contextOf(request), { self: true }))),
  );
  registerEndpoint(app, e['GET /api/people/:id/data-export'], async (request, reply) =>
    download(
      reply,
      unwrap(await exportPersonData(deps, contextOf(request), { personId: request.params.id })),
    ),
  );
  // Each PDF starts a Chromium render: a few a minute per address is plenty for a person.
  const pdfLimit = { config: { rateLimit: { max: 6, timeWindow: '1 minute' } } };
  registerEndpoint(
    app,
    e['GET /api/me/data-export.pdf'],
    async (request, reply) =>
      downloadPdf(reply, unwrap(await exportPersonPdf(deps, contextOf(request), { self: true }))),
    pdfLimit,
  );
  registerEndpoint(
    app,
    e['GET /api/people/:id/data-export.pdf'],
    async (request, reply) =>
      downloadPdf(
        reply,
        unwrap(await exportPersonPdf(deps, contextOf(request), { personId: request.params.id })),
      ),
    pdfLimit,
  );
  registerEndpoint(app, e['POST /api/people/:id/erasure'], async (request) =>
    unwrap(
      await erasePerson(deps, contextOf(request), {
        personId: request.params.id,
        reason: request.body.reason,
      }),
    ),
  );
  registerEndpoint(app, e['GET /api/admin/retention'], async (request) =>
    unwrap(await retentionReport(deps, contextOf(request))),
  );
  registerEndpoint(app, e['GET /api/me/privacy-update'], async (request) =>
    getPrivacyUpdate(deps, accountOf(request), request.query.lang),
  );
  registerEndpoint(app, e['POST /api/me/privacy-update/accept'], async (request) =>
    unwrap(await acceptPrivacyVersion(deps, contextOf(request), accountOf(request), request.body)),
  );
  registerEndpoint(app, e['POST /api/me/consents/special-categories/withdraw'], async (request) =>
    unwrap(await withdrawSpecialCategoriesConsent(deps, contextOf(request), sessionOf(request).user.id)),
  );
};
