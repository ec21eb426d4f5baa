import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode } from '../contracts/error-codes.js';
import type { DomainError, Result } from '../domain/result.js';
import { isDatabaseUnavailable } from './database-errors.js';

/**
 * The one table from error codes to HTTP statuses. It is exhaustive over contracts/error-codes.ts: a code
 * without a status here does not compile.
 */
export const statusByCode: Record<ErrorCode, number> = {
  'validation.failed': 400,
  'request.malformed_json': 400,
  'request.too_large': 413,
  'request.unsupported_media_type': 415,
  'request.bad_url': 400,
  'request.parameter_too_long': 414,
  'request.bad_header': 400,
  'request.method_not_allowed': 405,
  'request.invalid': 400,
  'request.cross_origin': 403,
  not_found: 404,
  'privacy.erasure_reason_required': 400,
  'privacy.erasure_running_partnership': 409,
  'privacy.already_erased': 409,
  'privacy.version_outdated': 409,
  rate_limited: 429,
  internal: 500,
  'database.unavailable': 503,
  'auth.required': 401,
  'auth.two_factor_required': 401,
  'auth.forbidden': 403,
  'auth.privacy_acceptance_required': 403,
  'auth.invalid_credentials': 401,
  'auth.account_disabled': 403,
  'auth.throttled': 429,
  'auth.two_factor_invalid_code': 400,
  'auth.current_password_wrong': 400,
  'auth.session_is_current': 409,
  'auth.reauthentication_required': 403,
  'auth.passkey_failed': 400,
  'auth.passkeys_unavailable': 409,
  'auth.passkey_needs_password': 403,
  'auth.passkey_needs_two_factor': 409,
  'token.invalid': 400,
  'token.expired': 410,
  'token.used': 410,
  'user.email_taken': 409,
  'user.cannot_change_self': 409,
  'association.name_taken': 409,
  'application.privacy_version_outdated': 409,
  'person.invalid_transition': 409,
  'import.too_many_rows': 413,
  'matching.already_confirmed': 409,
  'training.code_taken': 409,
  'training.already_held': 409,
  'training.not_registered': 409,
  'training.not_completed': 409,
  'documents.pdf_unavailable': 503,
  'matching.empty_pool': 409,
  'matching.person_not_in_run': 409,
  'import.not_a_spreadsheet': 415,
  'partnership.not_found': 404,
  'meeting.not_found': 404,
  'help_request.not_found': 404,
  'partnership.not_allowed': 403,
  'partnership.invalid_transition': 409,
  'partnership.already_answered': 409,
  'partnership.changed_meanwhile': 409,
  'partnership.not_running': 409,
  'partnership.evaluation_not_held': 409,
  'meeting.already_logged': 409,
  'meeting.cancelled': 409,
  'meeting.not_yet_started': 409,
  'meeting.not_yet_ended': 409,
  'help_request.already_handled': 409,
  'evaluation.already_submitted': 409,
  'evaluation.not_open': 409,
  'questionnaire.not_found': 404,
  'questionnaire.not_due': 409,
  'questionnaire.already_answered': 409,
  'questionnaire.code_taken': 409,
  'questionnaire.no_draft': 409,
  'questionnaire.not_published': 409,
  'contact.in_future': 400,
  'meeting.kind_for_coach': 403,
  'training.module_not_found': 404,
  'training.not_assigned': 404,
  'cv.version_conflict': 409,
  'job_application.same_stage': 409,
  'job_application.stage_final': 409,
  'job_application.invalid_stage_change': 409,
  'discrimination_report.already_handled': 409,
  'matching.invalid_problem': 400,
  'matching.lock_conflict': 400,
  'matching.lock_impossible': 400,
  'matching.lock_over_capacity': 400,
  'matching.override_reason_required': 400,
  'meeting.starts_in_past': 400,
  'meeting.place_required': 400,
  'meeting.duration_invalid': 400,
  'meeting.duration_required': 400,
  'meeting.topics_required': 400,
  'meeting.starts_in_future': 400,
  'meeting.outside_partnership': 400,
  'meeting.application_not_found': 400,
  'meeting.before_introduction': 400,
  'partnership.reason_required': 400,
  'partnership.extension_too_long': 400,
  'partnership.extension_not_later': 400,
  'application.rejected': 400,
  'association.required_for_coach': 400,
  'association.not_allowed_for_role': 400,
  'invitation.email_required': 400,
  'password.too_short': 400,
  'password.too_long': 400,
  'password.too_common': 400,
  'password.contains_email': 400,
  'cv.upload_too_large': 400,
  'cv.upload_type_mismatch': 400,
  'import.empty': 400,
  'import.invalid': 400,
  'person.wrong_kind': 400,
  'person.override_reason_required': 400,
  'person.reason_required': 400,
  'training.wrong_audience': 400,
};

export function statusForCode(code: ErrorCode): number {
  return statusByCode[code];
}

/** Thrown by routes to present a coded failure; the error handler turns it into the JSON error shape. */
export class HttpFailure extends Error {
  constructor(readonly failure: DomainError) {
    super(failure.message);
    this.name = 'HttpFailure';
  }
}

/** The value of a successful Result, or a thrown HttpFailure for the error handler. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new HttpFailure(result.error);
  return result.value;
}

export function failure(code: ErrorCode, message: string, details?: unknown): HttpFailure {
  return new HttpFailure(details === undefined ? { code, message } : { code, message, details });
}

function body(code: ErrorCode, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** What the zod type provider keeps of an issue in `params` (all but path, code and message). */
interface ZodLimitIssue {
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
}

/**
 * The limit a too-long or too-short value broke (`{ limit: 160, origin: 'string' }`), so the form can
 * say "at most 160 characters" instead of "too long".
 */
function limitOf(
  code: string,
  issue: ZodLimitIssue | undefined,
): { limit: number; origin: string } | Record<string, never> {
  if (!issue || (code !== 'too_big' && code !== 'too_small')) return {};
  const bound = code === 'too_big' ? issue.maximum : issue.minimum;
  if (bound === undefined || !issue.origin) return {};
  return { limit: Number(bound), origin: issue.origin };
}

/** Maps every error to `{ error: { code, message, details } }`; a 5xx never shows internals. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpFailure) {
    const status = statusForCode(error.failure.code);
    if (status === 429) {
      const retry = (error.failure.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retry) reply.header('retry-after', String(retry));
    }
    return reply.status(status).send(body(error.failure.code, error.failure.message, error.failure.details));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((issue) => ({
      path: [error.validationContext ?? 'body', ...String(issue.instancePath).split('/').filter(Boolean)],
      code: (issue.params as { issue?: { code?: string } }).issue?.code ?? issue.keyword,
      message: issue.message ?? 'invalid',
      ...(issue.params && (issue.params as { issue?: { keys?: string[] } }).issue?.keys
        ? { keys: (issue.params as { issue: { keys: string[] } }).issue.keys }
        : {}),
      ...limitOf(issue.keyword, issue.params as ZodLimitIssue | undefined),
    }));
    return reply.status(400).send(body('validation.failed', 'The request has invalid fields.', details));
  }
  const fastifyError = error as FastifyError;
  const framework = frameworkFailure(fastifyError.code);
  if (framework)
    return reply.status(statusForCode(framework.code)).send(body(framework.code, framework.message));
  if (fastifyError.statusCode === 429)
    return reply.status(429).send(body('rate_limited', 'Too many requests; slow down.'));
  if (fastifyError.statusCode && fastifyError.statusCode < 500 && !isResponseSerializationError(error)) {
    // An unlisted client error of a plugin: its message may repeat the input, so it is not sent.
    request.log.info({ err: error }, 'client error');
    return reply
      .status(fastifyError.statusCode)
      .send(body('request.invalid', 'The request could not be understood.'));
  }
  if (isDatabaseUnavailable(error)) {
    // The database is down, restarting, full or too slow: a moment later it may answer again.
    request.log.error({ err: error }, 'database unavailable');
    return reply
      .status(503)
      .header('retry-after', '5')
      .send(
        body(
          'database.unavailable',
          'The database does not answer at the moment; try again in a few seconds.',
        ),
      );
  }
  request.log.error({ err: error }, 'request failed');
  return reply.status(500).send(body('internal', 'Something went wrong on our side. It has been logged.'));
}

/**
 * The errors Fastify raises itself (docs/errors.md), each as a code and a message that never repeats
 * the input: a URL or a body can hold personal data, and an echoed URL is a reflection vector.
 */
const frameworkFailures: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_BAD_URL: { code: 'request.bad_url', message: 'The address is not valid URL encoding.' },
  FST_ERR_MAX_PARAM_LENGTH: {
    code: 'request.parameter_too_long',
    message: 'A part of the address is longer than 100 characters.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'request.malformed_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'request.malformed_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'request.too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'request.unsupported_media_type',
    message: 'Send JSON (content-type: application/json).',
  },
  FST_ERR_CTP_EMPTY_TYPE: {
    code: 'request.unsupported_media_type',
    message: 'Send JSON (content-type: application/json).',
  },
  FST_ERR_CTP_INVALID_TYPE: { code: 'request.bad_header', message: 'The content-type header is not valid.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'request.bad_header',
    message: 'The content-length header does not match the body.',
  },
};

function frameworkFailure(code: string | undefined): { code: ErrorCode; message: string } | undefined {
  return code ? frameworkFailures[code] : undefined;
}

/**
 * Fastify's `frameworkErrors`: the router's own refusals (bad URL encoding, a parameter over
 * `maxParamLength`) arrive here before any route or hook, in the same error shape as the rest.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = frameworkFailure(error.code);
  reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
  if (!known) {
    request.log.error({ err: error }, 'router failed');
    return reply.status(500).send(body('internal', 'Something went wrong on our side. It has been logged.'));
  }
  return reply.status(statusForCode(known.code)).send(body(known.code, known.message));
}

/** 405 with `Allow` when the path exists for other methods. */
export function methodNotAllowed(reply: FastifyReply, allowed: readonly string[]) {
  return reply
    .status(405)
    .header('allow', allowed.join(', '))
    .send(body('request.method_not_allowed', `This address answers ${allowed.join(', ')} only.`));
}
