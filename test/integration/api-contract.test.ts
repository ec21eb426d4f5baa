import { describe, expect, it } from 'vitest';
import { endpointList } from '../../src/contracts/endpoints/index.js';
import { policies } from '../../src/server/auth/policy.js';
import { buildUser, sessionCookieFor } from '../factories/accounts.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';
import { notYetDeclared } from './undeclared-routes.js';

const t = withTestContext();

function concrete(url: string): string {
  return url.replace(/:id/g, '00000000-0000-4000-8000-000000000000');
}

describe('the API contract', () => {
  it('gives every /api route an access policy that exists (deny by default)', () => {
    const routes = t().app.routeList;
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes
      .filter((r) => !r.policy || !(r.policy in policies))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('registers every declared endpoint with its policy, and declares every route not listed as still to convert', () => {
    const routes = t().app.routeList;
    const registered = new Map(routes.map((r) => [`${r.method} ${r.url}`, r.policy]));
    const declared = endpointList.map((e) => ({ key: `${e.method} ${e.path}`, policy: e.policy }));
    expect(declared.length).toBeGreaterThan(10);
    expect(declared.filter((e) => registered.get(e.key) !== e.policy)).toEqual([]);
    const declaredKeys = new Set(declared.map((e) => e.key));
    const undeclared = [...registered.keys()]
      .filter((key) => !declaredKeys.has(key) && key !== 'GET /api/openapi.json')
      .sort();
    // A new route is declared in contracts/endpoints/; a converted one leaves the list.
    expect(undeclared).toEqual([...notYetDeclared].sort());
  });

  it('answers 401 without a session on every route that is not public', async () => {
    const { app } = t();
    const notPublic = app.routeList.filter(
      (r) => policies[r.policy as keyof typeof policies].kind !== 'public',
    );
    expect(notPublic.length).toBeGreaterThan(10);
    for (const route of notPublic) {
      const response = await call(
        app,
        route.method as 'GET',
        concrete(route.url),
        route.method === 'GET' ? {} : { body: {} },
      );
      expect({
        route: `${route.method} ${route.url}`,
        status: response.status,
        code: response.body?.error.code,
      }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
        code: 'auth.required',
      });
    }
  });

  it('publishes an OpenAPI 3 document with every route, its schemas and security', async () => {
    const { app } = t();
    const response = await call(app, 'GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = response.body!;
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of app.routeList.filter((r) => r.url !== '/api/openapi.json')) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      expect(Object.keys(operation.responses)).toContain('400');
      const isPublic = policies[route.policy as keyof typeof policies].kind === 'public';
      expect(operation.security ?? null, `${route.method} ${path}`).toEqual(
        isPublic ? null : [{ sessionCookie: [] }],
      );
    }
    const signIn = doc.paths['/api/auth/sign-in'].post;
    expect(signIn.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
  });

  it('names the database engine in /api/health', async () => {
    const response = await call(t().app, 'GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: t().engine, needsSetup: true });
  });

  it('refuses unknown fields, wrong types, over-long strings and bad emails, naming the field', async () => {
    const { app, deps } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    const cookie = await sessionCookieFor(deps, admin);
    const cases = [
      { body: { name: 'Vzw Een', region: 'VLG', colour: 'red' }, field: 'colour' },
      { body: { name: 42, region: 'VLG' }, field: 'name' },
      { body: { name: 'x'.repeat(500), region: 'VLG' }, field: 'name' },
      { body: { name: 'Vzw Twee', region: 'XX' }, field: 'region' },
      { body: { name: 'Vzw Drie', region: 'VLG', contactEmail: 'not-an-email' }, field: 'contactEmail' },
    ];
    for (const c of cases) {
      const response = await call(app, 'POST', '/api/associations', { body: c.body, cookie });
      expect(response.status).toBe(400);
      expect(response.body?.error.code).toBe('validation.failed');
      expect(JSON.stringify(response.body?.error.details)).toContain(c.field);
    }
    const list = await call(app, 'GET', '/api/associations', { cookie });
    expect(list.body?.total).toBe(0);
  });

  it('answers malformed JSON with request.malformed_json and unknown routes with 404', async () => {
    const { app } = t();
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'http://127.0.0.1:3000', 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('request.malformed_json');
    const unknown = await call(app, 'GET', '/api/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body?.error.code).toBe('not_found');
  });

  it('answers every error the framework raises itself in the error shape, without echoing the input', async () => {
    const { app } = t();
    const json = { origin: 'http://127.0.0.1:3000', 'content-type': 'application/json' };
    const long = 'a'.repeat(200);
    const cases = [
      {
        name: 'parameter over 100 characters',
        method: 'GET',
        url: `/api/people/${long}`,
        status: 414,
        code: 'request.parameter_too_long',
        echo: long,
      },
      {
        name: 'bad URL encoding',
        method: 'GET',
        url: '/api/people/%E0%A4%zz',
        status: 400,
        code: 'request.bad_url',
        echo: '%zz',
      },
      {
        name: 'text/plain body',
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { ...json, 'content-type': 'text/plain' },
        payload: 'email=mine',
        status: 415,
        code: 'request.unsupported_media_type',
        echo: 'email=mine',
      },
      {
        name: 'XML body',
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { ...json, 'content-type': 'application/xml' },
        payload: '<secret/>',
        status: 415,
        code: 'request.unsupported_media_type',
        echo: 'secret',
      },
      {
        name: 'body without a content type',
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { origin: json.origin },
        payload: 'loose-words',
        status: 415,
        code: 'request.unsupported_media_type',
        echo: 'loose-words',
      },
      {
        name: 'body too large',
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: json,
        payload: JSON.stringify({ email: `${'z'.repeat(1_100_000)}@x.be` }),
        status: 413,
        code: 'request.too_large',
        echo: 'zzzz',
      },
      {
        name: 'malformed JSON',
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: json,
        payload: '{"email": "half',
        status: 400,
        code: 'request.malformed_json',
        echo: 'half',
      },
      {
        name: 'empty JSON body',
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: json,
        payload: '',
        status: 400,
        code: 'request.malformed_json',
        echo: 'sign-in',
      },
      {
        name: 'unknown route',
        method: 'GET',
        url: '/api/no-such-thing-here',
        status: 404,
        code: 'not_found',
        echo: 'no-such-thing',
      },
      {
        name: 'method not allowed',
        method: 'DELETE',
        url: '/api/health',
        headers: { origin: json.origin },
        status: 405,
        code: 'request.method_not_allowed',
        echo: 'DELETE',
      },
      {
        name: 'method not allowed on a parameter route',
        method: 'PUT',
        url: '/api/people/00000000-0000-4000-8000-000000000000',
        headers: { origin: json.origin },
        status: 405,
        code: 'request.method_not_allowed',
        echo: '00000000',
      },
    ] as const;
    for (const c of cases) {
      const response = await app.inject({
        method: c.method,
        url: c.url,
        headers: 'headers' in c ? c.headers : {},
        ...('payload' in c ? { payload: c.payload } : {}),
      });
      const body = response.json() as { error: { code: string; message: string } };
      expect({ case: c.name, status: response.statusCode, body }).toEqual({
        case: c.name,
        status: c.status,
        body: { error: { code: c.code, message: expect.any(String) } },
      });
      expect(response.body, c.name).not.toContain(c.echo);
      expect(response.headers['content-type'], c.name).toMatch(/^application\/json/);
    }
    const wrongMethod = await app.inject({
      method: 'DELETE',
      url: '/api/health',
      headers: { origin: json.origin },
    });
    expect(wrongMethod.headers.allow).toBe('GET, HEAD');
  });

  it('refuses state-changing requests from another origin', async () => {
    const { app } = t();
    const foreign = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: 'a@b.be', password: 'whatever1' },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body?.error.code).toBe('request.cross_origin');
    const crossSite = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: 'a@b.be', password: 'whatever1' },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.body?.error.code).toBe('request.cross_origin');
    const noOrigin = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(noOrigin.statusCode).toBe(403);
  });

  it('sends security headers with a strict CSP', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never leaks internals in a 5xx', async () => {
    const { app, deps } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    const cookie = await sessionCookieFor(deps, admin);
    await deps.db.close();
    const response = await call(app, 'GET', '/api/users', { cookie });
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(JSON.stringify(response.body)).not.toMatch(/sqlite|postgres|Kysely|stack|at \w+ \(/i);
  });
});
