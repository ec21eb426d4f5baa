/**
 * Whether an error means the database cannot answer now (docs/errors.md): PostgreSQL down, restarting
 * or refusing connections, a statement cut by the statement timeout, no free connection in time; SQLite
 * busy past its timeout, its disk full or an I/O error. Such a request answers 503 with Retry-After,
 * never a hung connection or a 500, and the next request works again once the database is back (the
 * pool opens new connections by itself).
 */
const postgresCodes = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '57014', // query_canceled: the statement timeout
  '53300', // too_many_connections
  '53100', // disk_full
  '08000',
  '08001',
  '08003',
  '08004',
  '08006', // connection exceptions
  '25P03', // idle_in_transaction_session_timeout
]);
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);
const sqliteCodes = new Set(['SQLITE_BUSY', 'SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_LOCKED']);
const messages = [
  'Connection terminated unexpectedly',
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false;
    const code: unknown = Reflect.get(current, 'code');
    if (typeof code === 'string') {
      if (postgresCodes.has(code) || networkCodes.has(code)) return true;
      if ([...sqliteCodes].some((c) => code === c || code.startsWith(`${c}_`))) return true;
    }
    const message: unknown = Reflect.get(current, 'message');
    if (typeof message === 'string' && messages.some((m) => message.includes(m))) return true;
    // An AggregateError (several addresses refused) or a wrapped cause.
    const errors: unknown = Reflect.get(current, 'errors');
    if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e))) return true;
    current = Reflect.get(current, 'cause');
  }
  return false;
}
