import { questionnaireEndpoints as e } from '../../contracts/endpoints/questionnaires.js';
import {
  myDueQuestionnaires,
  questionnaireForm,
  submitQuestionnaireAnswers,
} from '../../services/questionnaires/answer-questionnaire.js';
import {
  createInstrument,
  listInstrumentVersions,
  listQuestionnaireInstruments,
  publishInstrumentVersion,
  saveInstrumentDraft,
} from '../../services/questionnaires/manage-instruments.js';
import { listPersonAnswers } from '../../services/questionnaires/person-answers.js';
import {
  listQuestionnaireSchedule,
  scheduleQuestionnaire,
  unscheduleQuestionnaire,
} from '../../services/questionnaires/schedule.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** Questionnaires as versioned instruments (docs/questionnaires.md). */
export const questionnaireRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/questionnaires/instruments'], async (request) =>
    listQuestionnaireInstruments(deps, request.query.page, request.query.pageSize),
  );
  registerEndpoint(app, e['POST /api/questionnaires/instruments'], async (request) =>
    unwrap(await createInstrument(deps, contextOf(request), request.body)),
  );
  registerEndpoint(app, e['GET /api/questionnaires/instruments/:id/versions'], async (request) =>
    unwrap(await listInstrumentVersions(deps, request.params.id, request.query.page, request.query.pageSize)),
  );
  registerEndpoint(app, e['PUT /api/questionnaires/instruments/:id/draft'], async (request) =>
    unwrap(await saveInstrumentDraft(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['POST /api/questionnaires/instruments/:id/publish'], async (request) =>
    unwrap(await publishInstrumentVersion(deps, contextOf(request), request.params.id)),
  );
  registerEndpoint(app, e['GET /api/questionnaires/schedule'], async (request) =>
    listQuestionnaireSchedule(deps, request.query.page, request.query.pageSize),
  );
  registerEndpoint(app, e['PUT /api/questionnaires/schedule'], async (request) =>
    unwrap(await scheduleQuestionnaire(deps, contextOf(request), request.body)),
  );
  registerEndpoint(app, e['DELETE /api/questionnaires/schedule/:id'], async (request) =>
    unwrap(await unscheduleQuestionnaire(deps, contextOf(request), request.params.id)),
  );
  registerEndpoint(app, e['GET /api/me/questionnaires'], async (request) =>
    unwrap(await myDueQuestionnaires(deps, actorOf(request))),
  );
  registerEndpoint(app, e['GET /api/me/questionnaires/:id'], async (request) =>
    unwrap(await questionnaireForm(deps, actorOf(request), request.params.id, request.query)),
  );
  registerEndpoint(app, e['POST /api/me/questionnaires/:id/answers'], async (request) =>
    unwrap(
      await submitQuestionnaireAnswers(
        deps,
        contextOf(request),
        actorOf(request),
        request.params.id,
        request.body,
      ),
    ),
  );
  registerEndpoint(app, e['GET /api/people/:id/questionnaire-answers'], async (request) =>
    unwrap(
      await listPersonAnswers(
        deps,
        contextOf(request),
        request.params.id,
        request.query.page,
        request.query.pageSize,
      ),
    ),
  );
};
