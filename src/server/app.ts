import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from '../app/deps.js';
import { errorSchema } from '../contracts/common.js';
import { allowedMethodsOf } from './allowed-methods.js';
import { policyFor } from './auth/policy.js';
import { registerRequestGuard } from './auth/request-guard.js';
import { failure, handleError, handleFrameworkError, methodNotAllowed } from './http-errors.js';
import { databaseRateLimitStore } from './rate-limit-store.js';
import { associationRoutes } from './routes/associations.js';
import { authRoutes } from './routes/auth.js';
import { calendarRoutes } from './routes/calendar.js';
import { careerRoutes } from './routes/career.js';
import { cvRoutes } from './routes/cv.js';
import { followUpRoutes } from './routes/follow-up.js';
import { healthRoutes } from './routes/health.js';
import { matchingRoutes } from './routes/matching.js';
import { meRoutes } from './routes/me.js';
import { mentorNetworkRoutes } from './routes/mentor-network.js';
import { participantFactsRoutes } from './routes/participant-facts.js';
import { partnershipRoutes } from './routes/partnerships.js';
import { passkeyRoutes } from './routes/passkeys.js';
import { peopleRoutes } from './routes/people.js';
import { privacyRoutes } from './routes/privacy.js';
import { questionnaireRoutes } from './routes/questionnaires.js';
import { recordRoutes } from './routes/records.js';
import { referenceRoutes } from './routes/reference.js';
import { reportRoutes } from './routes/reports.js';
import { spreadsheetRoutes } from './routes/spreadsheets.js';
import { staffRoutes } from './routes/staff.js';
import { trainingRoutes } from './routes/training.js';
import { trainingMaterialRoutes } from './routes/training-material.js';
import type { App } from './routes/types.js';

/** Every /api route with the access policy it declared (the policy test reads this). */
export interface RouteListing {
  method: string;
  url: string;
  policy: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeList: RouteListing[];
  }
}

export interface BuildOptions {
  /** Where the built web app lives; defaults to dist/web beside the sources. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
}

/** dist/web of the project, found from this file whether it runs from src/ (tsx) or dist/ (built). */
function defaultWebRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist/web');
}

/** Builds the whole HTTP application without listening, so tests can `inject` requests. */
export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? {
      level: deps.config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization'],
    },
    genReqId: () => randomUUID(),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1_048_576,
    // Server timeouts (docs/deployment.md): a slow client cannot hold a socket or the event loop's queue.
    requestTimeout: deps.config.requestTimeoutMs,
    keepAliveTimeout: deps.config.keepAliveTimeoutMs,
    // Requests in flight finish on close, new ones get 503, idle kept-alive sockets are closed.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  // The API takes JSON only: a text/plain body (a form-less cross-site request) is a 415.
  app.removeContentTypeParser('text/plain');

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  const routeList: RouteListing[] = [];
  app.decorate('routeList', routeList);
  // Every /api route documents the error shape and, unless public, the session cookie it needs.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routeList.push({ method, url: route.url, policy: route.config?.policy });
    const access = policyFor(route.config?.policy);
    route.schema ??= {};
    const schema = route.schema as Record<string, unknown>;
    schema.response ??= {};
    const responses = schema.response as Record<number, unknown>;
    for (const status of [400, 401, 403, 404, 429, 500, 503]) responses[status] ??= errorSchema;
    if (access && access.kind !== 'public') schema.security = [{ sessionCookie: [] }];
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(deps.config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: deps.config.secureCookies
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyRateLimit, {
    max: deps.config.rateLimitPerMinute,
    timeWindow: '1 minute',
    // Servers sharing PostgreSQL count together (docs/deployment.md); one SQLite server in memory.
    ...(deps.db.engine === 'postgres' ? { store: databaseRateLimitStore(deps.db.kysely) } : {}),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'rate_limited',
      message: `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s.`,
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Mentor2Work API',
        version: '0.1.0',
        description: 'The API of the Mentor2Work mentoring platform.',
      },
      components: {
        securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'm2w_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });

  registerRequestGuard(app, deps);

  for (const routes of [
    healthRoutes,
    authRoutes,
    meRoutes,
    passkeyRoutes,
    associationRoutes,
    staffRoutes,
    recordRoutes,
    referenceRoutes,
    peopleRoutes,
    participantFactsRoutes,
    questionnaireRoutes,
    privacyRoutes,
    spreadsheetRoutes,
    matchingRoutes,
    trainingRoutes,
    followUpRoutes,
    partnershipRoutes,
    trainingMaterialRoutes,
    mentorNetworkRoutes,
    calendarRoutes,
    cvRoutes,
    careerRoutes,
    reportRoutes,
  ])
    routes(app, deps);
  app.get('/api/openapi.json', { config: { policy: 'openapi.read' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const webRoot = options.webRoot ?? defaultWebRoot();
  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });

  const allowedMethods = allowedMethodsOf(routeList);
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || (request.method !== 'GET' && request.method !== 'HEAD')) {
      const allowed = allowedMethods(request.url);
      if (allowed.length > 0 && !allowed.includes(request.method)) return methodNotAllowed(reply, allowed);
      throw failure('not_found', 'There is nothing here.');
    }
    if (!hasWeb)
      return reply.status(503).type('text/plain').send('The web app is not built; run `npm run build:web`.');
    // A chunk of an earlier build (a tab left open over a release) is missing, not a page of the app:
    // answering index.html would hand the browser HTML as JavaScript. The web app reloads instead.
    if (request.url.startsWith('/assets/'))
      return reply.status(404).type('text/plain').send('This file is not part of the current version.');
    return reply.type('text/html').sendFile('index.html');
  });
  // Fastify has no option for it: the time a client may take to send its headers.
  app.server.headersTimeout = deps.config.headersTimeoutMs;
  return app;
}
