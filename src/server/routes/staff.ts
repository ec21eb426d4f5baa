import { z } from 'zod';
import { pageQuerySchema } from '../../contracts/common.js';
import {
  createInvitationRequest,
  invitationPage,
  invitationSchema,
  updateUserRequest,
  userListQuery,
  userPage,
  userSummarySchema,
} from '../../contracts/staff.js';
import { createInvitation, listInvitations, revokeInvitation } from '../../services/auth/invitations.js';
import { changeUser, listUsers } from '../../services/users/manage-users.js';
import { contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const params = z.strictObject({ id: z.uuid() });

export const staffRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/users',
    {
      config: { policy: 'users.list' },
      schema: {
        tags: ['users'],
        summary: 'Accounts',
        querystring: userListQuery,
        response: { 200: userPage },
      },
    },
    async (request) => listUsers(deps, request.query, request.query.page, request.query.pageSize),
  );
  app.patch(
    '/api/users/:id',
    {
      config: { policy: 'users.update' },
      schema: {
        tags: ['users'],
        summary: 'Change role or association, disable or enable',
        params,
        body: updateUserRequest,
        response: { 200: userSummarySchema },
      },
    },
    async (request) => unwrap(await changeUser(deps, contextOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/invitations',
    {
      config: { policy: 'invitations.list' },
      schema: {
        tags: ['invitations'],
        summary: 'Invitations',
        querystring: pageQuerySchema,
        response: { 200: invitationPage },
      },
    },
    async (request) => listInvitations(deps, request.query.page, request.query.pageSize),
  );
  app.post(
    '/api/invitations',
    {
      config: { policy: 'invitations.create' },
      schema: {
        tags: ['invitations'],
        summary: 'Invite a staff member by email',
        body: createInvitationRequest,
        response: { 201: invitationSchema },
      },
    },
    async (request, reply) => {
      const { invitation } = unwrap(await createInvitation(deps, contextOf(request), request.body));
      await deps.mailer.deliverQueued(deps.db.kysely, deps.now);
      return reply.status(201).send(invitation);
    },
  );
  app.post(
    '/api/invitations/:id/revoke',
    {
      config: { policy: 'invitations.revoke' },
      schema: {
        tags: ['invitations'],
        summary: 'Revoke a pending invitation',
        params,
        body: z.strictObject({}).optional(),
        response: { 200: invitationSchema },
      },
    },
    async (request) => unwrap(await revokeInvitation(deps, contextOf(request), request.params.id)),
  );
};
