import { z } from 'zod';
import { pageQuerySchema } from '../common.js';
import { defineEndpoint, idParams, keyed } from '../endpoint.js';
import {
  createInvitationRequest,
  invitationPage,
  invitationSchema,
  updateUserRequest,
  userListQuery,
  userPage,
  userSummarySchema,
} from '../staff.js';

/** Staff accounts and the invitations that create them. */
export const staffEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/users',
    tags: ['users'],
    summary: 'Accounts',
    query: userListQuery,
    response: userPage,
    policy: 'users.list',
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/api/users/:id',
    tags: ['users'],
    summary: 'Change role or association, disable or enable',
    params: idParams,
    body: updateUserRequest,
    response: userSummarySchema,
    policy: 'users.update',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/invitations',
    tags: ['invitations'],
    summary: 'Invitations',
    query: pageQuerySchema,
    response: invitationPage,
    policy: 'invitations.list',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/invitations',
    tags: ['invitations'],
    summary: 'Invite a staff member by email',
    body: createInvitationRequest,
    status: 201,
    response: invitationSchema,
    policy: 'invitations.create',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/invitations/:id/revoke',
    tags: ['invitations'],
    summary: 'Revoke a pending invitation',
    params: idParams,
    body: z.strictObject({}).optional(),
    response: invitationSchema,
    policy: 'invitations.revoke',
  }),
);
