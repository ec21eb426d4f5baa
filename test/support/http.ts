import type { InjectOptions } from 'fastify';
import type { App } from '../../src/server/routes/types.js';

export const origin = 'http://127.0.0.1:3000';

/** Sends a JSON request as the web app does (same origin), with an optional session cookie. */
export async function call(
  app: App,
  method: InjectOptions['method'],
  url: string,
  options: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
) {
  const response = await app.inject({
    method,
    url,
    headers: {
      ...(method !== 'GET' ? { origin } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}),
  });
  return {
    status: response.statusCode,
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely
    body: response.body ? (response.json() as Record<string, any>) : null,
    headers: response.headers,
    cookies: response.cookies,
  };
}

/** The session cookie a response set, as a request header value. */
export function sessionCookieFrom(response: { cookies: Array<{ name: string; value: string }> }): string {
  const cookie = response.cookies.find((c) => c.name.endsWith('m2w_session'));
  if (!cookie) throw new Error('no session cookie in the response');
  return `${cookie.name}=${cookie.value}`;
}
