import {
  findFeedByTokenHash,
  findFeedOfUser,
  insertFeedIfMissing,
  replaceFeedToken,
} from '../../db/queries/calendar-feeds.js';
import { fail, ok } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { generateToken, hashToken } from '../secrets/tokens.js';
import { inTransaction } from '../transaction.js';
import { buildCalendarFeed } from './calendar-feed.js';

function feedUrl(deps: Deps, token: string) {
  return `${deps.config.publicUrl}/calendar/${token}.ics`;
}

/**
 * The address of the user's personal calendar feed, created on first request. The token is stored
 * hashed (to find the feed) and sealed with the keyring (to show the same address again).
 */
export async function calendarFeedAddress(deps: Deps, userId: string) {
  const db = deps.db.kysely;
  let feed = await findFeedOfUser(db, userId);
  if (!feed) {
    const token = generateToken();
    await insertFeedIfMissing(db, {
      user_id: userId,
      token_hash: hashToken(token),
      token_sealed: deps.keyring.encrypt(token),
      created_at: deps.now().toISOString(),
    });
    feed = (await findFeedOfUser(db, userId))!;
  }
  return { url: feedUrl(deps, deps.keyring.decrypt(feed.token_sealed)), createdAt: feed.created_at };
}

/** A new secret address; the old one stops working at once. Audited. */
export async function renewCalendarFeed(deps: Deps, ctx: RequestContext, userId: string) {
  const token = generateToken();
  const at = deps.now().toISOString();
  const sealed = { token_hash: hashToken(token), token_sealed: deps.keyring.encrypt(token), created_at: at };
  await inTransaction(deps, async (trx) => {
    // A user without a feed yet gets one with the new address straight away.
    await insertFeedIfMissing(trx, { user_id: userId, ...sealed });
    await replaceFeedToken(trx, userId, sealed);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'calendar.feed_renewed',
      subjectType: 'user',
      subjectId: userId,
    });
  });
  return { url: feedUrl(deps, token), createdAt: at };
}

/** The iCalendar text behind a feed token; an unknown (or renewed) token is not found. */
export async function calendarFeedByToken(deps: Deps, token: string) {
  const user = await findFeedByTokenHash(deps.db.kysely, hashToken(token));
  if (!user) return fail('not_found', 'No such calendar.');
  return ok(await buildCalendarFeed(deps, { id: user.id, role: user.role, locale: user.locale }));
}
