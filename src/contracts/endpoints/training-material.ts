import { z } from 'zod';
import { defineEndpoint, idParams, keyed, rawResponse } from '../endpoint.js';
import {
  modulePagesQuery,
  modulePagesResponse,
  pageRequest,
  pageWriteResponse,
  readResponse,
} from '../training-material.js';

const tags = ['training'];

/** Self-study pages (admins write, participants read and mark read) and the participation certificate. */
export const trainingMaterialEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/training/modules/:id/pages',
    tags,
    summary: "A module's self-study pages in reading order, with my progress",
    params: idParams,
    query: modulePagesQuery,
    response: modulePagesResponse,
    policy: 'training.read',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/training/modules/:id/pages',
    tags,
    summary: 'Add a page (HTML sanitised; the answer says when something was removed)',
    params: idParams,
    body: pageRequest,
    status: 201,
    response: pageWriteResponse,
    policy: 'training.manage',
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/api/training/pages/:id',
    tags,
    summary: 'Change a page',
    params: idParams,
    body: pageRequest,
    response: pageWriteResponse,
    policy: 'training.manage',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/training/pages/:id/read',
    tags,
    summary: 'Mark a page as read',
    params: idParams,
    body: z.strictObject({}).optional(),
    response: readResponse,
    policy: 'profile.read',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/training/modules/:id/certificate',
    tags,
    summary: 'My participation certificate (PDF) for a completed module',
    params: idParams,
    response: rawResponse('application/pdf'),
    policy: 'profile.read',
  }),
);
