import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Side } from '../../contracts/partnership-vocabulary.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import type { PrivateNoteReader } from '../../db/queries/meetings.js';
import { findPartnership, type PartnershipRow } from '../../db/queries/partnerships.js';
import type { Database } from '../../db/schema.js';
import { type MeetingAction, mayAccessMeetings, meetingScopeOf } from '../../domain/access/meeting-access.js';
import { type PartnershipFacts, relationToPartnership } from '../../domain/access/partnership-access.js';
import type { CadenceInput } from '../../domain/cadence/partnership-health.js';
import type { PartnershipState } from '../../domain/partnerships/partnership-lifecycle.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { Actor } from '../context.js';

/** How the actor stands to a partnership: staff who follow it, or one of the pair. */
export type Viewer = { kind: 'staff' } | { kind: 'participant'; side: Side };

export interface LoadedPartnership {
  row: PartnershipRow;
  viewer: Viewer;
}

/**
 * Loads a partnership the actor may see: an admin any, a coach those of their association (or the
 * ones they follow), a mentee or mentor only their own. Anything else is "not found", so nobody
 * learns that another pair exists.
 */
export async function loadPartnershipFor(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<Result<LoadedPartnership>> {
  const row = await findPartnership(db, id);
  const viewer = row ? viewerOf(actor, row) : null;
  if (!row || !viewer) return fail('partnership.not_found', 'No such partnership.');
  return ok({ row, viewer });
}

/** The viewer as the screens need it, from the partnership access table's relation. */
export function viewerOf(actor: Actor, row: PartnershipRow): Viewer | null {
  const relation = relationToPartnership(actor, pairFactsOf(row));
  if (relation === null) return null;
  if (relation === 'mentee_side') return { kind: 'participant', side: 'mentee' };
  if (relation === 'mentor_side') return { kind: 'participant', side: 'mentor' };
  return { kind: 'staff' };
}

export function stateOf(row: PartnershipRow): PartnershipState {
  return {
    status: row.status,
    menteeResponse: row.mentee_response,
    mentorResponse: row.mentor_response,
    startedAt: row.started_at,
    plannedEndAt: row.planned_end_at,
  };
}

/** The stored meeting summary as the health rules read it. */
export function cadenceInputOf(row: {
  status: string;
  proposed_at: string;
  introduced_at?: string | null;
  started_at: string | null;
  planned_end_at: string | null;
  held_by_month: string | null;
  last_held_at: string | null;
  planned_starts: string | null;
}): CadenceInput {
  return {
    status: row.status,
    proposedAt: row.proposed_at,
    introducedAt: row.introduced_at ?? null,
    startedAt: row.started_at,
    plannedEndAt: row.planned_end_at,
    heldByMonth: row.held_by_month
      ? parseStoredJson(z.record(z.string(), z.number()), row.held_by_month, 'held meetings by month')
      : {},
    lastHeldAt: row.last_held_at,
    plannedStarts: row.planned_starts
      ? parseStoredJson(z.array(z.string()), row.planned_starts, 'planned starts')
      : [],
  };
}

/** The facts of a partnership row the access tables read. */
export function pairFactsOf(row: PartnershipRow): PartnershipFacts {
  return {
    associationId: row.association_id,
    coachId: row.coach_id,
    menteeUserId: row.mentee_user_id,
    mentorUserId: row.mentor_user_id,
  };
}

/** Whether the actor may do an action with the pair's meetings (domain/access/meeting-access.ts). */
export function mayDoWithPairMeetings(actor: Actor, row: PartnershipRow, action: MeetingAction): boolean {
  return mayAccessMeetings(actor, pairFactsOf(row), action);
}

/**
 * Whose private meeting notes the actor reads: their own, and those the meeting table's
 * `read_private_notes` scope admits (an admin, the coach who follows the pair).
 */
export function noteReaderOf(actor: Actor): PrivateNoteReader {
  return { userId: actor.id, scope: meetingScopeOf(actor, 'read_private_notes') };
}
