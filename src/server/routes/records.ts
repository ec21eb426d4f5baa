import { auditListQuery, auditPage } from '../../contracts/audit.js';
import { pageQuerySchema } from '../../contracts/common.js';
import { outboxPage } from '../../contracts/outbox.js';
import {
  caseloadListQuery,
  peopleSearchPage,
  peopleSearchQuery,
  personPage,
} from '../../contracts/people.js';
import { listAuditEvents } from '../../services/audit/list-audit-events.js';
import { listCaseload } from '../../services/caseload/list-caseload.js';
import { listOutbox } from '../../services/mail/list-outbox.js';
import { searchPeople } from '../../services/people/search-people.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import type { RouteModule } from './types.js';

/** Read-only lists: the audit log, the outbox, the caseload and the name search. */
export const recordRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/audit',
    {
      config: { policy: 'audit.list' },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first',
        querystring: auditListQuery,
        response: { 200: auditPage },
      },
    },
    async (request) => listAuditEvents(deps, request.query),
  );
  app.get(
    '/api/outbox',
    {
      config: { policy: 'outbox.list' },
      schema: {
        tags: ['outbox'],
        summary: 'Emails stored by the platform',
        querystring: pageQuerySchema,
        response: { 200: outboxPage },
      },
    },
    async (request) => listOutbox(deps, contextOf(request), request.query.page, request.query.pageSize),
  );
  app.get(
    '/api/caseload',
    {
      config: { policy: 'caseload.list' },
      schema: {
        tags: ['caseload'],
        summary: "A coach's mentees and mentors",
        querystring: caseloadListQuery,
        response: { 200: personPage },
      },
    },
    async (request) => listCaseload(deps, actorOf(request), request.query),
  );
  app.get(
    '/api/people/search',
    {
      config: { policy: 'caseload.list' },
      schema: {
        tags: ['caseload'],
        summary: 'People of the caseload by name, tolerant of typos and spelling variants',
        querystring: peopleSearchQuery,
        response: { 200: peopleSearchPage },
      },
    },
    async (request) => searchPeople(deps, contextOf(request), request.query),
  );
};
