import { referenceEndpoints as e } from '../../contracts/endpoints/reference.js';
import {
  codeLabels,
  findOccupations,
  findPostcodes,
  findSectors,
  findSkills,
  occupationGroupLabels,
  sectorLabels,
} from '../../services/reference/search-reference.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

const searchLimit = { config: { rateLimit: { max: 240, timeWindow: '1 minute' } } };

/** Public search over occupations, sectors, skills and postcodes (the application forms need them). */
export const referenceRoutes: RouteModule = (app, deps) => {
  registerEndpoint(
    app,
    e['GET /api/reference/occupations'],
    async (request) => ({ items: await findOccupations(deps, request.query) }),
    searchLimit,
  );
  registerEndpoint(
    app,
    e['GET /api/reference/sectors'],
    async (request) => ({ items: await findSectors(deps, request.query) }),
    searchLimit,
  );
  registerEndpoint(
    app,
    e['GET /api/reference/labels'],
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return { items: await codeLabels(deps, request.query) };
    },
    searchLimit,
  );
  registerEndpoint(
    app,
    e['GET /api/reference/sector-labels'],
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return { items: await sectorLabels(deps, request.query.lang) };
    },
    searchLimit,
  );
  registerEndpoint(
    app,
    e['GET /api/reference/occupation-group-labels'],
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return { items: await occupationGroupLabels(deps, request.query.lang) };
    },
    searchLimit,
  );
  registerEndpoint(
    app,
    e['GET /api/reference/skills'],
    async (request) => ({ items: await findSkills(deps, request.query) }),
    searchLimit,
  );
  registerEndpoint(
    app,
    e['GET /api/reference/postcodes'],
    async (request) => ({ items: await findPostcodes(deps, request.query) }),
    searchLimit,
  );
};
