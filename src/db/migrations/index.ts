import type { Kysely } from 'kysely';
import type { Engine } from '../client.js';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-reference-data.js';
import * as m0003 from './0003-people.js';
import * as m0004 from './0004-matching.js';
import * as m0005 from './0005-training.js';
import * as m0006 from './0006-training-material.js';
import * as m0007 from './0007-mentoring-cycle.js';
import * as m0008 from './0008-career.js';
import * as m0009 from './0009-training-assignments.js';
import * as m0010 from './0010-person-name-search.js';
import * as m0011 from './0011-reference-search-terms.js';
import * as m0013 from './0013-contact-details.js';
import * as m0014 from './0014-association-shares-mentors.js';
import * as m0015 from './0015-cycle-past-records-and-outcomes.js';
import * as m0018 from './0018-participant-facts.js';
import * as m0020 from './0020-audit-chain.js';
import * as m0022 from './0022-erasure.js';
import * as m0023 from './0023-retention-indexes.js';
import * as m0024 from './0024-passkeys.js';
import * as m0025 from './0025-privacy-acceptances.js';
import * as m0027 from './0027-email-claims.js';
import * as m0028 from './0028-questionnaire-instruments.js';
import * as m0029 from './0029-rate-limit-hits.js';

/** Numbered, forward-only migrations, in order. Never edit one that has landed; add the next. */
export const migrations: ReadonlyArray<{
  name: string;
  up: (db: Kysely<unknown>, engine: Engine) => Promise<void>;
}> = [
  { name: '0001-foundation', up: m0001.up },
  { name: '0002-reference-data', up: m0002.up },
  { name: '0003-people', up: m0003.up },
  { name: '0004-matching', up: m0004.up },
  { name: '0005-training', up: m0005.up },
  { name: '0006-training-material', up: m0006.up },
  { name: '0007-mentoring-cycle', up: m0007.up },
  { name: '0008-career', up: m0008.up },
  { name: '0009-training-assignments', up: m0009.up },
  { name: '0010-person-name-search', up: m0010.up },
  { name: '0011-reference-search-terms', up: m0011.up },
  { name: '0013-contact-details', up: m0013.up },
  { name: '0014-association-shares-mentors', up: m0014.up },
  { name: '0015-cycle-past-records-and-outcomes', up: m0015.up },
  { name: '0018-participant-facts', up: m0018.up },
  { name: '0020-audit-chain', up: m0020.up },
  { name: '0022-erasure', up: m0022.up },
  { name: '0023-retention-indexes', up: m0023.up },
  { name: '0024-passkeys', up: m0024.up },
  { name: '0025-privacy-acceptances', up: m0025.up },
  { name: '0027-email-claims', up: m0027.up },
  { name: '0028-questionnaire-instruments', up: m0028.up },
  { name: '0029-rate-limit-hits', up: m0029.up },
];
