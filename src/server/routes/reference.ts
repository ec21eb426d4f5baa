import { z } from 'zod';
import { localeSchema } from '../../contracts/common.js';
import {
  codeLabelsQuery,
  referenceListResponse,
  referenceSearchQuery,
  sectorSearchQuery,
} from '../../contracts/reference.js';
import {
  codeLabels,
  findOccupations,
  findPostcodes,
  findSectors,
  findSkills,
  occupationGroupLabels,
  sectorLabels,
} from '../../services/reference/search-reference.js';
import type { RouteModule } from './types.js';

const tags = ['reference data'];
const searchLimit = { rateLimit: { max: 240, timeWindow: '1 minute' } };

/** Public search over occupations, sectors, skills and postcodes (the application forms need them). */
export const referenceRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/reference/occupations',
    {
      config: { policy: 'reference.search', ...searchLimit },
      schema: {
        tags,
        summary: 'ESCO occupations',
        querystring: referenceSearchQuery,
        response: { 200: referenceListResponse },
      },
    },
    async (request) => ({ items: await findOccupations(deps, request.query) }),
  );
  app.get(
    '/api/reference/sectors',
    {
      config: { policy: 'reference.search', ...searchLimit },
      schema: {
        tags,
        summary: 'NACE sections and divisions',
        querystring: sectorSearchQuery,
        response: { 200: referenceListResponse },
      },
    },
    async (request) => ({ items: await findSectors(deps, request.query) }),
  );
  app.get(
    '/api/reference/labels',
    {
      config: { policy: 'reference.search', ...searchLimit },
      schema: {
        tags,
        summary: 'The words for up to 50 sector or occupation codes in one language',
        querystring: codeLabelsQuery,
        response: { 200: referenceListResponse },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return { items: await codeLabels(deps, request.query) };
    },
  );
  app.get(
    '/api/reference/sector-labels',
    {
      config: { policy: 'reference.search', ...searchLimit },
      schema: {
        tags,
        summary: 'The name of every NACE section and division in one language',
        querystring: z.strictObject({ lang: localeSchema.default('nl') }),
        response: { 200: referenceListResponse },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return { items: await sectorLabels(deps, request.query.lang) };
    },
  );
  app.get(
    '/api/reference/occupation-group-labels',
    {
      config: { policy: 'reference.search', ...searchLimit },
      schema: {
        tags,
        summary: 'The name of every ISCO-08 occupation group in one language',
        querystring: z.strictObject({ lang: localeSchema.default('nl') }),
        response: { 200: referenceListResponse },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return { items: await occupationGroupLabels(deps, request.query.lang) };
    },
  );
  app.get(
    '/api/reference/skills',
    {
      config: { policy: 'reference.search', ...searchLimit },
      schema: {
        tags,
        summary: 'ESCO transversal skills',
        querystring: referenceSearchQuery,
        response: { 200: referenceListResponse },
      },
    },
    async (request) => ({ items: await findSkills(deps, request.query) }),
  );
  app.get(
    '/api/reference/postcodes',
    {
      config: { policy: 'reference.search', ...searchLimit },
      schema: {
        tags,
        summary: 'Belgian postcodes',
        querystring: referenceSearchQuery,
        response: { 200: referenceListResponse },
      },
    },
    async (request) => ({ items: await findPostcodes(deps, request.query) }),
  );
};
