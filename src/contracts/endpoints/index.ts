import type { EndpointSpec } from '../endpoint.js';
import { associationEndpoints } from './associations.js';
import { authEndpoints } from './auth.js';
import { calendarEndpoints } from './calendar.js';
import { careerEndpoints } from './career.js';
import { cvEndpoints } from './cv.js';
import { followUpEndpoints } from './follow-up.js';
import { healthEndpoints } from './health.js';
import { matchingEndpoints } from './matching.js';
import { meEndpoints } from './me.js';
import { mentorNetworkEndpoints } from './mentor-network.js';
import { participantFactsEndpoints } from './participant-facts.js';
import { partnershipEndpoints } from './partnerships.js';
import { passkeyEndpoints } from './passkeys.js';
import { peopleEndpoints } from './people.js';
import { privacyEndpoints } from './privacy.js';
import { questionnaireEndpoints } from './questionnaires.js';
import { recordEndpoints } from './records.js';
import { referenceEndpoints } from './reference.js';
import { reportEndpoints } from './reports.js';
import { spreadsheetEndpoints } from './spreadsheets.js';
import { staffEndpoints } from './staff.js';
import { trainingEndpoints } from './training.js';
import { trainingMaterialEndpoints } from './training-material.js';

/**
 * Every declared endpoint keyed by `'METHOD /path'`. Route areas not converted yet register their
 * routes directly; test/integration/api-contract.test.ts lists them and fails when one is added.
 */
export const endpoints = {
  ...associationEndpoints,
  ...authEndpoints,
  ...calendarEndpoints,
  ...careerEndpoints,
  ...cvEndpoints,
  ...followUpEndpoints,
  ...healthEndpoints,
  ...matchingEndpoints,
  ...meEndpoints,
  ...mentorNetworkEndpoints,
  ...participantFactsEndpoints,
  ...partnershipEndpoints,
  ...passkeyEndpoints,
  ...peopleEndpoints,
  ...privacyEndpoints,
  ...questionnaireEndpoints,
  ...recordEndpoints,
  ...referenceEndpoints,
  ...reportEndpoints,
  ...spreadsheetEndpoints,
  ...staffEndpoints,
  ...trainingEndpoints,
  ...trainingMaterialEndpoints,
};

export type Endpoints = typeof endpoints;
export type EndpointKey = keyof Endpoints;

export const endpointList: readonly EndpointSpec[] = Object.values(endpoints);
