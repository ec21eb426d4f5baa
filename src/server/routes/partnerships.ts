import { partnershipEndpoints as e } from '../../contracts/endpoints/partnerships.js';
import {
  cancelMeeting,
  listMeetings,
  logMeeting,
  planMeeting,
} from '../../services/partnerships/meetings.js';
import {
  answerPartnership,
  closePartnership,
  completePartnership,
  endPartnershipEarly,
  extendPartnership,
  getPartnership,
  markIntroduced,
} from '../../services/partnerships/partnership-steps.js';
import { recordMeeting } from '../../services/partnerships/record-meeting.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** A partnership's lifecycle and its meetings. Who may take which step is decided per partnership. */
export const partnershipRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/partnerships/:id'], async (request) =>
    unwrap(await getPartnership(deps, contextOf(request), actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/introduced'], async (request) =>
    unwrap(await markIntroduced(deps, contextOf(request), actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/answer'], async (request) =>
    unwrap(
      await answerPartnership(deps, contextOf(request), actorOf(request), request.params.id, request.body),
    ),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/extend'], async (request) =>
    unwrap(
      await extendPartnership(deps, contextOf(request), actorOf(request), request.params.id, request.body),
    ),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/closing'], async (request) =>
    unwrap(
      await closePartnership(deps, contextOf(request), actorOf(request), request.params.id, request.body),
    ),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/complete'], async (request) =>
    unwrap(
      await completePartnership(deps, contextOf(request), actorOf(request), request.params.id, request.body),
    ),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/end-early'], async (request) =>
    unwrap(
      await endPartnershipEarly(deps, contextOf(request), actorOf(request), request.params.id, request.body),
    ),
  );
  registerEndpoint(app, e['GET /api/partnerships/:id/meetings'], async (request) =>
    unwrap(
      await listMeetings(
        deps,
        contextOf(request),
        actorOf(request),
        request.params.id,
        request.query.page,
        request.query.pageSize,
      ),
    ),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/meetings'], async (request) =>
    unwrap(await planMeeting(deps, contextOf(request), actorOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/meetings/recorded'], async (request) =>
    unwrap(await recordMeeting(deps, contextOf(request), actorOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['POST /api/meetings/:id/log'], async (request) =>
    unwrap(await logMeeting(deps, contextOf(request), actorOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['POST /api/meetings/:id/cancel'], async (request) =>
    unwrap(await cancelMeeting(deps, contextOf(request), actorOf(request), request.params.id)),
  );
};
