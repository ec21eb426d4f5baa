import type { FastifyContextConfig, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type {
  BodyOut,
  EndpointSpec,
  ParamsOut,
  QueryOut,
  RawResponse,
  ResponseIn,
} from '../../contracts/endpoint.js';
import type { PolicyName } from '../auth/policy.js';
import type { App } from './types.js';

/** The request a handler of `E` sees: params, query and body typed from the declaration. */
export type EndpointRequest<E extends EndpointSpec> = FastifyRequest & {
  params: ParamsOut<E>;
  query: QueryOut<E>;
  body: BodyOut<E>;
};

/** A JSON endpoint returns its response value; a raw one sends through the reply and returns it. */
type HandlerResult<E extends EndpointSpec> = E['response'] extends RawResponse
  ? FastifyReply
  : E['status'] extends 204
    ? FastifyReply
    : ResponseIn<E>;

export type EndpointHandler<E extends EndpointSpec> = (
  request: EndpointRequest<E>,
  reply: FastifyReply,
) => Promise<HandlerResult<E>> | HandlerResult<E>;

/** Route options that are server-only: rate limits, body limits. */
export interface ServerOptions {
  config?: Omit<FastifyContextConfig, 'policy'>;
  bodyLimit?: number;
}

function isRaw(response: EndpointSpec['response']): response is RawResponse {
  return (response as RawResponse).kind === 'raw';
}

/**
 * Registers the route of a declaration: its schemas go to the zod type provider (validation,
 * serialization, OpenAPI; a raw response's content type as `produces`), its policy to `config.policy`
 * where the request guard checks it, and the success status is set before the handler runs.
 */
export function registerEndpoint<E extends EndpointSpec & { policy: PolicyName }>(
  app: App,
  endpoint: E,
  handler: EndpointHandler<E>,
  options: ServerOptions = {},
): void {
  const status = endpoint.status ?? 200;
  const schema: Record<string, unknown> = { tags: [...endpoint.tags], summary: endpoint.summary };
  if (endpoint.params) schema.params = endpoint.params;
  if (endpoint.query) schema.querystring = endpoint.query;
  if (endpoint.body) schema.body = endpoint.body;
  if (isRaw(endpoint.response))
    schema.produces = [endpoint.response.contentType, ...(endpoint.response.otherContentTypes ?? [])];
  else schema.response = { [status]: endpoint.response };
  const route: RouteOptions = {
    method: endpoint.method,
    url: endpoint.path,
    config: { ...options.config, policy: endpoint.policy },
    schema,
    handler: async (request, reply) => {
      if (status !== 200) reply.status(status);
      return handler(request as EndpointRequest<E>, reply);
    },
  };
  if (options.bodyLimit !== undefined) route.bodyLimit = options.bodyLimit;
  app.route(route);
}
