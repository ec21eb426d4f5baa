import { auditListQuery, auditPage } from '../audit.js';
import { pageQuerySchema } from '../common.js';
import { defineEndpoint, keyed } from '../endpoint.js';
import { outboxPage } from '../outbox.js';
import { caseloadListQuery, peopleSearchPage, peopleSearchQuery, personPage } from '../people.js';

/** Read-only lists: the audit log, the outbox, the caseload and the name search. */
export const recordEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/audit',
    tags: ['audit'],
    summary: 'The audit log, newest first',
    query: auditListQuery,
    response: auditPage,
    policy: 'audit.list',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/outbox',
    tags: ['outbox'],
    summary: 'Emails stored by the platform',
    query: pageQuerySchema,
    response: outboxPage,
    policy: 'outbox.list',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/caseload',
    tags: ['caseload'],
    summary: "A coach's mentees and mentors",
    query: caseloadListQuery,
    response: personPage,
    policy: 'caseload.list',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/people/search',
    tags: ['caseload'],
    summary: 'People of the caseload by name, tolerant of typos and spelling variants',
    query: peopleSearchQuery,
    response: peopleSearchPage,
    policy: 'caseload.list',
  }),
);
