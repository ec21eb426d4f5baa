import type { Kysely } from 'kysely';
import { hitRateLimit, pruneRateLimits, readRateLimit } from '../db/queries/rate-limits.js';
import type { Database } from '../db/schema.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Windows older than a day have run out for every limit the platform sets. */
const pruneAfterMs = 24 * 3_600_000;
const pruneEvery = 1000;

/**
 * The rate-limit plugin's store (`@fastify/rate-limit`'s `store` option) in the database, for servers
 * sharing one PostgreSQL database: every server counts a client's requests in the same row, so a limit
 * holds however the proxy spreads them. Each route with its own limit gets its own key prefix, as the
 * plugin's Redis store does. Every thousandth hit prunes windows older than a day.
 */
export function databaseRateLimitStore(db: Kysely<Database>, now: () => number = Date.now) {
  let hits = 0;
  return class DatabaseRateLimitStore {
    readonly prefix: string;

    constructor(options?: object) {
      const prefix: unknown = options ? Reflect.get(options, 'prefix') : undefined;
      this.prefix = typeof prefix === 'string' && prefix !== '' ? prefix : 'all-';
    }

    incr(key: string, callback: Callback, timeWindow: number) {
      const at = now();
      hits += 1;
      const prune = hits % pruneEvery === 0 ? pruneRateLimits(db, at - pruneAfterMs) : Promise.resolve();
      prune
        .then(() => hitRateLimit(db, this.prefix + key, timeWindow, at))
        .then(
          (result) => callback(null, result),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
    }

    read(key: string, callback: Callback, timeWindow: number) {
      readRateLimit(db, this.prefix + key, timeWindow, now()).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    /** The plugin passes the route (`routeInfo`, as its Redis store reads it) for a route's own limit. */
    child(routeOptions: object) {
      const route: unknown = Reflect.get(routeOptions, 'routeInfo');
      const method = route && typeof route === 'object' ? Reflect.get(route, 'method') : undefined;
      const url = route && typeof route === 'object' ? Reflect.get(route, 'url') : undefined;
      return new DatabaseRateLimitStore({ prefix: `${String(method ?? '')}${String(url ?? '')}-` });
    }
  };
}
