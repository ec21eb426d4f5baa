import { healthEndpoints as e } from '../../contracts/endpoints/health.js';
import { countUsers } from '../../db/queries/users.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

export const healthRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/health'], async () => ({
    status: 'ok' as const,
    database: deps.db.engine,
    version: process.env.npm_package_version ?? '0.1.0',
    needsSetup: (await countUsers(deps.db.kysely, 'admin')) === 0,
  }));
};
