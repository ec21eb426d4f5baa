import { z } from 'zod';
import {
  associationListQuery,
  associationPage,
  associationSchema,
  createAssociationRequest,
  mentorSharingRequest,
  updateAssociationRequest,
} from '../../contracts/associations.js';
import {
  changeAssociation,
  createAssociation,
  getAssociation,
  listAssociations,
  setMentorSharing,
} from '../../services/associations/manage-associations.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['associations'];
const params = z.strictObject({ id: z.uuid() });

export const associationRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/associations',
    {
      config: { policy: 'associations.list' },
      schema: {
        tags,
        summary: 'Associations (a coach sees their own)',
        querystring: associationListQuery,
        response: { 200: associationPage },
      },
    },
    async (request) => listAssociations(deps, actorOf(request), request.query),
  );
  app.post(
    '/api/associations',
    {
      config: { policy: 'associations.create' },
      schema: {
        tags,
        summary: 'Add an association',
        body: createAssociationRequest,
        response: { 201: associationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(unwrap(await createAssociation(deps, contextOf(request), request.body))),
  );
  app.get(
    '/api/associations/:id',
    {
      config: { policy: 'associations.read' },
      schema: { tags, summary: 'One association', params, response: { 200: associationSchema } },
    },
    async (request) => unwrap(await getAssociation(deps, actorOf(request), request.params.id)),
  );
  app.patch(
    '/api/associations/:id',
    {
      config: { policy: 'associations.update' },
      schema: {
        tags,
        summary: 'Change an association',
        params,
        body: updateAssociationRequest,
        response: { 200: associationSchema },
      },
    },
    async (request) =>
      unwrap(await changeAssociation(deps, contextOf(request), request.params.id, request.body)),
  );
  app.put(
    '/api/associations/:id/mentor-sharing',
    {
      config: { policy: 'associations.mentor_sharing' },
      schema: {
        tags,
        summary: "Let sister associations of the region match this association's mentors, or not",
        params,
        body: mentorSharingRequest,
        response: { 200: associationSchema },
      },
    },
    async (request) =>
      unwrap(
        await setMentorSharing(
          deps,
          contextOf(request),
          actorOf(request),
          request.params.id,
          request.body.sharesMentors,
        ),
      ),
  );
};
