import { healthResponse } from '../../contracts/health.js';
import { countUsers } from '../../db/queries/users.js';
import type { RouteModule } from './types.js';

export const healthRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/health',
    {
      config: { policy: 'health.read' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database engine',
        response: { 200: healthResponse },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: deps.db.engine,
      version: process.env.npm_package_version ?? '0.1.0',
      needsSetup: (await countUsers(deps.db.kysely, 'admin')) === 0,
    }),
  );
};
