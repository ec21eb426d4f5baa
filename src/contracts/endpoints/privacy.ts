import { okSchema } from '../common.js';
import { defineEndpoint, idParams, keyed, rawResponse } from '../endpoint.js';
import {
  acceptPrivacyRequest,
  erasureRequest,
  erasureSummary,
  privacyAcceptanceStatus,
  privacyUpdateQuery,
  privacyUpdateResponse,
  retentionReport,
} from '../privacy.js';

/** The data subject's rights (docs/privacy.md): the download of everything held about a person. */
export const privacyEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/me/data-export',
    tags: ['privacy'],
    summary: 'Everything the platform holds about me, as JSON (right of access and portability; audited)',
    response: rawResponse('application/json'),
    policy: 'privacy.own_export',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/people/:id/data-export',
    tags: ['privacy'],
    summary:
      'Everything the platform holds about a person, for a request made to the programme (admin; audited)',
    params: idParams,
    response: rawResponse('application/json'),
    policy: 'privacy.person_export',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/me/data-export.pdf',
    tags: ['privacy'],
    summary: 'Everything the platform holds about me, as a readable PDF in my language (audited)',
    response: rawResponse('application/pdf'),
    policy: 'privacy.own_export',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/people/:id/data-export.pdf',
    tags: ['privacy'],
    summary:
      'Everything the platform holds about a person, as a readable PDF in their language (admin; audited)',
    params: idParams,
    response: rawResponse('application/pdf'),
    policy: 'privacy.person_export',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/people/:id/erasure',
    tags: ['privacy'],
    summary:
      'Erase a person on request (right to erasure): what was erased and what stays on hold (admin; audited)',
    params: idParams,
    body: erasureRequest,
    response: erasureSummary,
    policy: 'privacy.person_erase',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/admin/retention',
    tags: ['privacy'],
    summary:
      'The retention dry run: per data class, how many records are past their period and what the daily job does (admin)',
    response: retentionReport,
    policy: 'privacy.retention_report',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/me/privacy-update',
    tags: ['privacy'],
    summary:
      'The privacy text in force, what changed since the version I accepted, and the versions I accepted',
    query: privacyUpdateQuery,
    response: privacyUpdateResponse,
    policy: 'privacy.update_read',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/me/privacy-update/accept',
    tags: ['privacy'],
    summary: 'I have read and accept the privacy text in force (audited)',
    body: acceptPrivacyRequest,
    response: privacyAcceptanceStatus,
    policy: 'privacy.accept',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/me/consents/special-categories/withdraw',
    tags: ['privacy'],
    summary: 'Withdraw consent for the optional ESF+ questions; the answers are cleared (audited)',
    response: okSchema,
    policy: 'profile.consent_withdraw',
  }),
);
