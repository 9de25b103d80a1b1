import { runBuddyTurnLogged, type BuddyTurnDeps } from '../buddies/weekly-buddies.js';
import { runDailyPost, type DailyPostsDeps, type PostRun } from './daily-post.js';
import { runDayPollMessage, type DayPollRun } from './day-poll-message.js';
import { runSectionRecap, type SectionRecapDeps, type RecapRun } from './section-recap.js';

/** What a server's turn in the wheel needs: the daily post's dependencies, the recap's learners and words, and the buddies'. */
export type ServerTurnDeps = DailyPostsDeps & SectionRecapDeps & BuddyTurnDeps;

/** What a server's turn came to, and when the wheel should look at it next (null: never). */
export interface ServerTurn {
  readonly post: PostRun;
  /** Null when the day's post did not go out (yet), so no poll was looked at. */
  readonly poll: DayPollRun | null;
  /** Null when the day's post did not go out (yet), so no recap was looked at. */
  readonly recap: RecapRun | null;
  readonly next: Date | null;
}

/**
 * A server's turn: the day's post, then its poll as a message of its own (when the admin
 * turned it on), then the recap of a section the cohort just ended (due
 * at the same slot), each exactly once. The recap waits while the post is retried, so it
 * never lands before the day it follows; a recap to retry brings the turn back early, and
 * the post, already sent by then, is not sent again.
 */
export async function runServerTurn(deps: ServerTurnDeps, guildId: string, now: Date): Promise<ServerTurn> {
  const post = await runDailyPost(deps, guildId, now);
  // Study buddies ride the same turn whatever became of the post (`app/buddies/weekly-buddies.ts`).
  const buddies = await runBuddyTurnLogged(deps, guildId, now);
  const posted =
    post.kind === 'delivery' && (post.delivery.kind === 'sent' || post.delivery.kind === 'already-sent');
  if (!posted) return { post, poll: null, recap: null, next: earliest(post.next, buddies.retryAt) };
  // The poll rides after the confirmed post; whatever becomes of it, the post stands.
  const poll = await runDayPollMessage(deps, guildId, now);
  const recap = await runSectionRecap(deps, guildId, now);
  const next = [poll.retryAt, recap.retryAt, buddies.retryAt].reduce(earliest, post.next);
  return { post, poll, recap, next };
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (a === null || b === null) return a ?? b;
  return a.getTime() <= b.getTime() ? a : b;
}
