import { defineEndpoint, keyed } from '../endpoint.js';
import { healthResponse } from '../health.js';

export const healthEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/health',
    tags: ['system'],
    summary: 'Liveness and database engine',
    response: healthResponse,
    policy: 'health.read',
  }),
);
