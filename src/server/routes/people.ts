import { peopleEndpoints as e } from '../../contracts/endpoints/people.js';
import {
  submitMenteeApplication,
  submitMentorApplication,
} from '../../services/applications/submit-application.js';
import { listPublicAssociations } from '../../services/associations/manage-associations.js';
import {
  claimPerson,
  decideOnPerson,
  getPerson,
  planIntake,
  readSensitiveData,
  recordAssessment,
} from '../../services/people/intake.js';
import {
  getOwnProfile,
  updateOwnProfile,
  withdrawMigrantBackgroundConsent,
} from '../../services/people/own-profile.js';
import { privacyText } from '../../services/privacy/privacy-texts.js';
import { contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** Spam protection without a third-party captcha: few applications per address, plus the honeypot. */
const applicationLimit = { config: { rateLimit: { max: 10, timeWindow: '10 minutes' } } };

export const peopleRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/privacy'], async (request) => privacyText(deps, request.query.lang));
  registerEndpoint(app, e['GET /api/public/associations'], async () => ({
    items: await listPublicAssociations(deps),
  }));
  registerEndpoint(
    app,
    e['POST /api/applications/mentee'],
    async (request) => {
      const receipt = unwrap(await submitMenteeApplication(deps, contextOf(request), request.body));
      await deps.mailer.deliverQueued(deps.db, deps.now);
      return receipt;
    },
    applicationLimit,
  );
  registerEndpoint(
    app,
    e['POST /api/applications/mentor'],
    async (request) => {
      const receipt = unwrap(await submitMentorApplication(deps, contextOf(request), request.body));
      await deps.mailer.deliverQueued(deps.db, deps.now);
      return receipt;
    },
    applicationLimit,
  );

  registerEndpoint(app, e['GET /api/people/:id'], async (request) =>
    unwrap(await getPerson(deps, contextOf(request), request.params.id)),
  );
  registerEndpoint(app, e['GET /api/people/:id/sensitive'], async (request) =>
    unwrap(await readSensitiveData(deps, contextOf(request), request.params.id)),
  );
  registerEndpoint(app, e['POST /api/people/:id/claim'], async (request) =>
    unwrap(await claimPerson(deps, contextOf(request), request.params.id)),
  );
  registerEndpoint(app, e['POST /api/people/:id/intake'], async (request) =>
    unwrap(await planIntake(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['POST /api/people/:id/intake/held'], async (request) => {
    const { assessment, ...held } = request.body;
    return unwrap(await recordAssessment(deps, contextOf(request), request.params.id, assessment, held));
  });
  registerEndpoint(app, e['PUT /api/people/:id/assessment'], async (request) =>
    unwrap(await recordAssessment(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['POST /api/people/:id/decision'], async (request) =>
    unwrap(
      await decideOnPerson(
        deps,
        contextOf(request),
        request.params.id,
        request.body as Parameters<typeof decideOnPerson>[3],
      ),
    ),
  );

  registerEndpoint(app, e['GET /api/me/profile'], async (request) =>
    unwrap(await getOwnProfile(deps, sessionOf(request).user.id)),
  );
  registerEndpoint(app, e['PATCH /api/me/profile'], async (request) =>
    unwrap(await updateOwnProfile(deps, contextOf(request), sessionOf(request).user.id, request.body)),
  );
  registerEndpoint(app, e['POST /api/me/consents/migrant-background/withdraw'], async (request) =>
    unwrap(await withdrawMigrantBackgroundConsent(deps, contextOf(request), sessionOf(request).user.id)),
  );
};
