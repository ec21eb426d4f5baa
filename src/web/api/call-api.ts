import type { BodyIn, ParamsIn, QueryIn, ResponseOut } from '../../contracts/endpoint';
import type { EndpointKey, Endpoints } from '../../contracts/endpoints/index';
import { type Method, request } from './client';

type Part<Name extends string, T> = [T] extends [undefined]
  ? { [K in Name]?: undefined }
  : Record<string, never> extends T
    ? { [K in Name]?: T }
    : { [K in Name]: T };

/** What a call of endpoint `K` sends: its path parameters, query and body, typed from the declaration. */
export type CallInput<K extends EndpointKey> = Part<'params', ParamsIn<Endpoints[K]>> &
  Part<'query', QueryIn<Endpoints[K]>> &
  Part<'body', BodyIn<Endpoints[K]>>;

/** What endpoint `K` answers. */
export type CallResult<K extends EndpointKey> = ResponseOut<Endpoints[K]>;

type Args<K extends EndpointKey> =
  Record<string, never> extends CallInput<K> ? [input?: CallInput<K>] : [input: CallInput<K>];

function pathOf(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/:(\w+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

function queryOf(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Calls a declared endpoint by its key (`'GET /api/associations/:id'`): the method and path come from
 * the key, the input and result types from contracts/endpoints. Only types are imported from the
 * contracts here, so no schema code reaches the web bundle.
 */
export function callApi<K extends EndpointKey>(key: K, ...[input]: Args<K>): Promise<CallResult<K>> {
  const space = key.indexOf(' ');
  const method = key.slice(0, space) as Method;
  const given = (input ?? {}) as {
    params?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
  };
  const url = pathOf(key.slice(space + 1), given.params) + queryOf(given.query);
  return request<CallResult<K>>(method, url, method === 'GET' ? undefined : given.body);
}
