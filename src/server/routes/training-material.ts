import { z } from 'zod';
import {
  modulePagesQuery,
  modulePagesResponse,
  pageRequest,
  pageWriteResponse,
  readResponse,
} from '../../contracts/training-material.js';
import { closePdfRenderer } from '../../services/documents/render-pdf.js';
import { participationCertificate } from '../../services/training/certificate.js';
import { changePage, createPage, markPageRead, modulePages } from '../../services/training/training-pages.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['training'];
const params = z.strictObject({ id: z.uuid() });

/** Self-study pages (admins write, participants read and mark read) and the participation certificate. */
export const trainingMaterialRoutes: RouteModule = (app, deps) => {
  app.addHook('onClose', async () => closePdfRenderer());
  app.get(
    '/api/training/modules/:id/pages',
    {
      config: { policy: 'training.read' },
      schema: {
        tags,
        summary: "A module's self-study pages in reading order, with my progress",
        params,
        querystring: modulePagesQuery,
        response: { 200: modulePagesResponse },
      },
    },
    async (request) =>
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
  app.post(
    '/api/training/modules/:id/pages',
    {
      config: { policy: 'training.manage' },
      schema: {
        tags,
        summary: 'Add a page (HTML sanitised; the answer says when something was removed)',
        params,
        body: pageRequest,
        response: { 201: pageWriteResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(unwrap(await createPage(deps, contextOf(request), request.params.id, request.body))),
  );
  app.put(
    '/api/training/pages/:id',
    {
      config: { policy: 'training.manage' },
      schema: {
        tags,
        summary: 'Change a page',
        params,
        body: pageRequest,
        response: { 200: pageWriteResponse },
      },
    },
    async (request) => unwrap(await changePage(deps, contextOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/training/pages/:id/read',
    {
      config: { policy: 'profile.read' },
      schema: {
        tags,
        summary: 'Mark a page as read',
        params,
        body: z.strictObject({}).optional(),
        response: { 200: readResponse },
      },
    },
    async (request) => unwrap(await markPageRead(deps, actorOf(request), request.params.id)),
  );
  app.get(
    '/api/training/modules/:id/certificate',
    {
      config: { policy: 'profile.read' },
      schema: {
        tags,
        summary: 'My participation certificate (PDF) for a completed module',
        params,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { pdf, code } = unwrap(
        await participationCertificate(deps, contextOf(request), actorOf(request), request.params.id),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="mentor2work-${code}.pdf"`)
        .send(pdf);
    },
  );
};
