import { z } from 'zod';

/**
 * One HTTP endpoint declared once: method, path, request and response schemas and the access policy.
 * The server registers its route from it (server/routes/register-endpoint.ts) and the web client types
 * its calls from it (web/api/call-api.ts), so neither re-types the other.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A response that is not JSON (a file download, a calendar feed): the route sends it itself. */
export interface RawResponse {
  kind: 'raw';
  contentType: string;
  /** The other types it may send instead (CSV or XLSX as the query asks, PDF or DOCX as uploaded). */
  otherContentTypes?: readonly string[];
}

export interface EndpointSpec {
  method: HttpMethod;
  path: `/api/${string}`;
  summary: string;
  tags: readonly string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success status; 200 unless given. */
  status?: 200 | 201 | 202 | 204;
  response: z.ZodType | RawResponse;
  /** The name of the access policy in server/auth/policy.ts (the server checks the name compiles). */
  policy: string;
}

export function defineEndpoint<const E extends EndpointSpec>(endpoint: E): E {
  return endpoint;
}

/** A non-JSON response of the given content type (or one of the others given). */
export function rawResponse(contentType: string, ...otherContentTypes: string[]): RawResponse {
  return otherContentTypes.length > 0
    ? { kind: 'raw', contentType, otherContentTypes }
    : { kind: 'raw', contentType };
}

/** The `:id` of most paths. */
export const idParams = z.strictObject({ id: z.uuid() });

/** The key of an endpoint: `'GET /api/associations/:id'`. */
export type EndpointKeyOf<E extends EndpointSpec> = `${E['method']} ${E['path']}`;

type Keyed<T extends readonly EndpointSpec[]> = { [E in T[number] as EndpointKeyOf<E>]: E };

/** The endpoints of one area keyed by `'METHOD /path'`. */
export function keyed<const T extends readonly EndpointSpec[]>(...list: T): Keyed<T> {
  const out: Record<string, EndpointSpec> = {};
  for (const endpoint of list) {
    const key = `${endpoint.method} ${endpoint.path}`;
    if (key in out) throw new Error(`Endpoint declared twice: ${key}`);
    out[key] = endpoint;
  }
  return out as Keyed<T>;
}

type Field<E, K extends 'params' | 'query' | 'body', Side extends 'in' | 'out'> = E extends {
  [P in K]: infer S extends z.ZodType;
}
  ? Side extends 'in'
    ? z.input<S>
    : z.output<S>
  : undefined;

/** What a client sends (zod input: defaults may be left out). */
export type ParamsIn<E> = Field<E, 'params', 'in'>;
export type QueryIn<E> = Field<E, 'query', 'in'>;
export type BodyIn<E> = Field<E, 'body', 'in'>;
/** What a handler receives (zod output: defaults filled in). */
export type ParamsOut<E> = Field<E, 'params', 'out'>;
export type QueryOut<E> = Field<E, 'query', 'out'>;
export type BodyOut<E> = Field<E, 'body', 'out'>;

/** What the handler returns (the serializer's input) and what the client receives (parsed JSON). */
export type ResponseIn<E> = E extends { response: infer R extends z.ZodType } ? z.input<R> : unknown;
export type ResponseOut<E> = E extends { response: infer R extends z.ZodType } ? z.output<R> : Blob;
