import { z } from 'zod';
import { pageQuerySchema } from '../../contracts/common.js';
import {
  addCommentRequest,
  attachmentPage,
  attachmentSchema,
  careerMenteesResponse,
  cvCommentPage,
  cvCommentSchema,
  cvOverviewSchema,
  cvVersionPage,
  cvVersionSchema,
  languageQuery,
  markCommentRequest,
  menteeParams,
  saveCvRequest,
  uploadRequest,
  versionParams,
} from '../../contracts/cv.js';
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
import type { RouteModule } from './types.js';

const tags = ['cv'];
const idParams = z.strictObject({ id: z.uuid() });
/** A 5 MB document, base64-encoded in JSON. */
const uploadBodyLimit = 7_500_000;

/** The mentee's CV: versions, comments per section, exports (PDF, Europass), uploaded documents. */
export const cvRoutes: RouteModule = (app, deps) => {
  app.addHook('onClose', async () => closePdfRenderer());
  const lang = (request: { query: { lang?: 'nl' | 'fr' | 'en' | undefined } }, fallback: string) =>
    (request.query.lang ?? fallback) as 'nl' | 'fr' | 'en';

  app.get(
    '/api/me/career-mentees',
    {
      config: { policy: 'cv.read' },
      schema: {
        tags,
        summary: 'Whose CV I work on (myself, or my mentees)',
        response: { 200: careerMenteesResponse },
      },
    },
    async (request) => careerMenteesOf(deps, actorOf(request)),
  );
  app.get(
    '/api/mentees/:id/cv',
    {
      config: { policy: 'cv.read' },
      schema: {
        tags,
        summary: "A mentee's current CV",
        params: menteeParams,
        querystring: languageQuery,
        response: { 200: cvOverviewSchema },
      },
    },
    async (request) =>
      unwrap(
        await getCvOverview(
          deps,
          contextOf(request),
          request.params.id,
          lang(request, sessionOf(request).user.locale),
        ),
      ),
  );
  app.get(
    '/api/mentees/:id/cv/versions',
    {
      config: { policy: 'cv.read' },
      schema: {
        tags,
        summary: 'The versions of a CV, newest first',
        params: menteeParams,
        querystring: pageQuerySchema,
        response: { 200: cvVersionPage },
      },
    },
    async (request) =>
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
  app.post(
    '/api/mentees/:id/cv/versions',
    {
      config: { policy: 'cv.write' },
      schema: {
        tags,
        summary: 'Save a new version',
        params: menteeParams,
        body: saveCvRequest,
        response: { 201: cvVersionSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          unwrap(
            await saveCvVersion(
              deps,
              contextOf(request),
              request.params.id,
              request.body,
              sessionOf(request).user.locale as 'nl',
            ),
          ),
        ),
  );
  app.get(
    '/api/mentees/:id/cv/versions/:number',
    {
      config: { policy: 'cv.read' },
      schema: {
        tags,
        summary: 'One version',
        params: versionParams,
        querystring: languageQuery,
        response: { 200: cvVersionSchema },
      },
    },
    async (request) =>
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
  app.get(
    '/api/mentees/:id/cv/comments',
    {
      config: { policy: 'cv.read' },
      schema: {
        tags,
        summary: 'Comments on every version, newest first',
        params: menteeParams,
        querystring: pageQuerySchema,
        response: { 200: cvCommentPage },
      },
    },
    async (request) =>
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
  app.post(
    '/api/mentees/:id/cv/versions/:number/comments',
    {
      config: { policy: 'cv.comment' },
      schema: {
        tags,
        summary: 'Comment on a section of a version',
        params: versionParams,
        body: addCommentRequest,
        response: { 201: cvCommentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          unwrap(
            await addCvComment(
              deps,
              contextOf(request),
              request.params.id,
              request.params.number,
              request.body,
            ),
          ),
        ),
  );
  app.post(
    '/api/cv-comments/:id/done',
    {
      config: { policy: 'cv.comment_resolve' },
      schema: {
        tags,
        summary: 'Mark a comment done (or not)',
        params: idParams,
        body: markCommentRequest,
        response: { 200: cvCommentSchema },
      },
    },
    async (request) =>
      unwrap(await markCvComment(deps, contextOf(request), request.params.id, request.body.done)),
  );
  app.get(
    '/api/mentees/:id/cv/versions/:number/pdf',
    {
      config: { policy: 'cv.read' },
      schema: { tags, summary: 'A version as PDF', params: versionParams },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        unwrap(await exportCvPdf(deps, contextOf(request), request.params.id, request.params.number)),
      ),
  );
  app.get(
    '/api/mentees/:id/cv/versions/:number/europass',
    {
      config: { policy: 'cv.read' },
      schema: { tags, summary: 'A version as Europass CV XML', params: versionParams },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        unwrap(await exportCvEuropass(deps, contextOf(request), request.params.id, request.params.number)),
      ),
  );
  app.post(
    '/api/mentees/:id/cv/versions/:number/attachments',
    {
      config: { policy: 'cv.write' },
      bodyLimit: uploadBodyLimit,
      schema: {
        tags,
        summary: 'Attach a CV document (PDF or DOCX, 5 MB)',
        params: versionParams,
        body: uploadRequest,
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          unwrap(
            await uploadCvAttachment(
              deps,
              contextOf(request),
              request.params.id,
              request.params.number,
              request.body,
            ),
          ),
        ),
  );
  app.get(
    '/api/mentees/:id/cv/attachments',
    {
      config: { policy: 'cv.read' },
      schema: {
        tags,
        summary: 'Uploaded CV documents',
        params: menteeParams,
        querystring: pageQuerySchema,
        response: { 200: attachmentPage },
      },
    },
    async (request) =>
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
  app.get(
    '/api/cv-attachments/:id',
    {
      config: { policy: 'cv.read' },
      schema: { tags, summary: 'Download an uploaded CV document', params: idParams },
    },
    async (request, reply) =>
      sendDownload(reply, unwrap(await downloadCvAttachment(deps, contextOf(request), request.params.id))),
  );
};
