import { cvEndpoints as e } from '../../contracts/endpoints/cv.js';
import {
  downloadCvAttachment,
  listCvAttachments,
  uploadCvAttachment,
} from '../../services/career/cv-attachments.js';
import { addCvComment, listCvComments, markCvComment } from '../../services/career/cv-comments.js';
import { exportCvEuropass, exportCvPdf } from '../../services/career/cv-exports.js';
import {
  getCvOverview,
  getCvVersion,
  listCvVersions,
  saveCvVersion,
} from '../../services/career/cv-versions.js';
import { careerMenteesOf } from '../../services/career/my-mentees.js';
import { closePdfRenderer } from '../../services/documents/render-pdf.js';
import { actorOf, contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { sendDownload } from './download.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** A 5 MB document, base64-encoded in JSON. */
const uploadBodyLimit = 7_500_000;

/** The mentee's CV: versions, comments per section, exports (PDF, Europass), uploaded documents. */
export const cvRoutes: RouteModule = (app, deps) => {
  app.addHook('onClose', async () => closePdfRenderer());
  const lang = (request: { query: { lang?: 'nl' | 'fr' | 'en' | undefined } }, fallback: string) =>
    (request.query.lang ?? fallback) as 'nl' | 'fr' | 'en';

  registerEndpoint(app, e['GET /api/me/career-mentees'], async (request) =>
    careerMenteesOf(deps, actorOf(request)),
  );
  registerEndpoint(app, e['GET /api/mentees/:id/cv'], async (request) =>
    unwrap(
      await getCvOverview(
        deps,
        contextOf(request),
        request.params.id,
        lang(request, sessionOf(request).user.locale),
      ),
    ),
  );
  registerEndpoint(app, e['GET /api/mentees/:id/cv/versions'], async (request) =>
    unwrap(
      await listCvVersions(
        deps,
        contextOf(request),
        request.params.id,
        request.query.page,
        request.query.pageSize,
      ),
    ),
  );
  registerEndpoint(app, e['POST /api/mentees/:id/cv/versions'], async (request) =>
    unwrap(
      await saveCvVersion(
        deps,
        contextOf(request),
        request.params.id,
        request.body,
        sessionOf(request).user.locale as 'nl',
      ),
    ),
  );
  registerEndpoint(app, e['GET /api/mentees/:id/cv/versions/:number'], async (request) =>
    unwrap(
      await getCvVersion(
        deps,
        contextOf(request),
        request.params.id,
        request.params.number,
        lang(request, sessionOf(request).user.locale),
      ),
    ),
  );
  registerEndpoint(app, e['GET /api/mentees/:id/cv/comments'], async (request) =>
    unwrap(
      await listCvComments(
        deps,
        contextOf(request),
        request.params.id,
        request.query.page,
        request.query.pageSize,
      ),
    ),
  );
  registerEndpoint(app, e['POST /api/mentees/:id/cv/versions/:number/comments'], async (request) =>
    unwrap(
      await addCvComment(deps, contextOf(request), request.params.id, request.params.number, request.body),
    ),
  );
  registerEndpoint(app, e['POST /api/cv-comments/:id/done'], async (request) =>
    unwrap(await markCvComment(deps, contextOf(request), request.params.id, request.body.done)),
  );
  registerEndpoint(app, e['GET /api/mentees/:id/cv/versions/:number/pdf'], async (request, reply) =>
    sendDownload(
      reply,
      unwrap(await exportCvPdf(deps, contextOf(request), request.params.id, request.params.number)),
    ),
  );
  registerEndpoint(app, e['GET /api/mentees/:id/cv/versions/:number/europass'], async (request, reply) =>
    sendDownload(
      reply,
      unwrap(await exportCvEuropass(deps, contextOf(request), request.params.id, request.params.number)),
    ),
  );
  registerEndpoint(
    app,
    e['POST /api/mentees/:id/cv/versions/:number/attachments'],
    async (request) =>
      unwrap(
        await uploadCvAttachment(
          deps,
          contextOf(request),
          request.params.id,
          request.params.number,
          request.body,
        ),
      ),
    { bodyLimit: uploadBodyLimit },
  );
  registerEndpoint(app, e['GET /api/mentees/:id/cv/attachments'], async (request) =>
    unwrap(
      await listCvAttachments(
        deps,
        contextOf(request),
        request.params.id,
        request.query.page,
        request.query.pageSize,
      ),
    ),
  );
  registerEndpoint(app, e['GET /api/cv-attachments/:id'], async (request, reply) =>
    sendDownload(reply, unwrap(await downloadCvAttachment(deps, contextOf(request), request.params.id))),
  );
};
