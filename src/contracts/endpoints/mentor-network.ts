import { z } from 'zod';
import { pageQuerySchema } from '../common.js';
import { defineEndpoint, keyed } from '../endpoint.js';
import { directoryEntryRequest, directoryPage, ownListingResponse } from '../mentor-network.js';
import { missingQuery, missingTrainingPage, overviewQuery, overviewResponse } from '../training-overview.js';

const tags = ['training'];

/** The mentor network's directory, and the staff overview of training per module and period. */
export const mentorNetworkEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/mentor-network',
    tags,
    summary: 'The directory of mentors who opted in (mentors and staff only)',
    query: pageQuerySchema,
    response: directoryPage,
    policy: 'network.read',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/me/mentor-network',
    tags,
    summary: 'My listing in the directory',
    response: ownListingResponse,
    policy: 'network.own',
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/api/me/mentor-network',
    tags,
    summary: 'Join the directory (or change my line)',
    body: directoryEntryRequest,
    response: ownListingResponse,
    policy: 'network.own',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/me/mentor-network/leave',
    tags,
    summary: 'Leave the directory',
    body: z.strictObject({}).optional(),
    response: ownListingResponse,
    policy: 'network.own',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/training/overview',
    tags,
    summary: 'Per module and period: sessions, registrations, attendance rate, waiting',
    query: overviewQuery,
    response: overviewResponse,
    policy: 'training.overview',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/training/overview/missing',
    tags,
    summary: 'Who still lacks a required module',
    query: missingQuery,
    response: missingTrainingPage,
    policy: 'training.overview',
  }),
);
