import type { ErrorCode } from '../contracts/error-codes.js';

/** A coded, expected failure. `code` is stable (`area.what_happened`) and translated by the web app. */
export interface DomainError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Expected failures are values: services return a Result, routes present it. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, details?: unknown): Result<T> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}
