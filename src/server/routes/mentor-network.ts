import { z } from 'zod';
import { pageQuerySchema } from '../../contracts/common.js';
import { directoryEntryRequest, directoryPage, ownListingResponse } from '../../contracts/mentor-network.js';
import {
  missingQuery,
  missingTrainingPage,
  overviewQuery,
  overviewResponse,
} from '../../contracts/training-overview.js';
import {
  joinDirectory,
  leaveDirectory,
  listMentorDirectory,
  ownListing,
} from '../../services/training/mentor-directory.js';
import { missingRequiredTraining, trainingOverview } from '../../services/training/training-overview.js';
import { actorOf, contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['training'];

/** The mentor network's directory, and the staff overview of training per module and period. */
export const mentorNetworkRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/mentor-network',
    {
      config: { policy: 'network.read' },
      schema: {
        tags,
        summary: 'The directory of mentors who opted in (mentors and staff only)',
        querystring: pageQuerySchema,
        response: { 200: directoryPage },
      },
    },
    async (request) =>
      listMentorDirectory(
        deps,
        contextOf(request),
        actorOf(request),
        request.query.page,
        request.query.pageSize,
      ),
  );
  app.get(
    '/api/me/mentor-network',
    {
      config: { policy: 'network.own' },
      schema: { tags, summary: 'My listing in the directory', response: { 200: ownListingResponse } },
    },
    async (request) => unwrap(await ownListing(deps, sessionOf(request).user.id)),
  );
  app.put(
    '/api/me/mentor-network',
    {
      config: { policy: 'network.own' },
      schema: {
        tags,
        summary: 'Join the directory (or change my line)',
        body: directoryEntryRequest,
        response: { 200: ownListingResponse },
      },
    },
    async (request) =>
      unwrap(await joinDirectory(deps, contextOf(request), sessionOf(request).user.id, request.body.line)),
  );
  app.post(
    '/api/me/mentor-network/leave',
    {
      config: { policy: 'network.own' },
      schema: {
        tags,
        summary: 'Leave the directory',
        body: z.strictObject({}).optional(),
        response: { 200: ownListingResponse },
      },
    },
    async (request) => unwrap(await leaveDirectory(deps, contextOf(request), sessionOf(request).user.id)),
  );
  app.get(
    '/api/training/overview',
    {
      config: { policy: 'training.overview' },
      schema: {
        tags,
        summary: 'Per module and period: sessions, registrations, attendance rate, waiting',
        querystring: overviewQuery,
        response: { 200: overviewResponse },
      },
    },
    async (request) =>
      unwrap(await trainingOverview(deps, contextOf(request), actorOf(request), request.query)),
  );
  app.get(
    '/api/training/overview/missing',
    {
      config: { policy: 'training.overview' },
      schema: {
        tags,
        summary: 'Who still lacks a required module',
        querystring: missingQuery,
        response: { 200: missingTrainingPage },
      },
    },
    async (request) =>
      missingRequiredTraining(
        deps,
        contextOf(request),
        actorOf(request),
        request.query.page,
        request.query.pageSize,
      ),
  );
};
