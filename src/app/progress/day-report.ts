import type { Plan } from '../../core/curriculum/plan.js';
import type { DayPollResults } from '../../core/progress/day-poll.js';
import {
  dayCompletions,
  dayStandouts,
  type DayReportRow,
  type DayStandouts,
} from '../../core/progress/day-report.js';
import { keepFinalCounts, loadDayPosts, type DayPostRecord } from '../delivery/day-post-records.js';
import type { Clock, Notifier, Store } from '../ports.js';
import type { Learners } from '../storage/learners.js';
import type { ServerRecords } from '../storage/server-records.js';
import { loadCohortLearners } from './cohort.js';

/** Outcome of `/coach report`: each posted day's poll answers beside its completion rate. */
export type DayReportOutcome =
  | {
      readonly kind: 'report';
      /** Posted days in plan order. */
      readonly rows: readonly DayReportRow[];
      readonly standouts: DayStandouts;
      /** Whether the poll is on for the next posts. */
      readonly pollOn: boolean;
      /** Learners seen in the server whose record could not be read now: counted, never dropped silently. */
      readonly unreadable: number;
      readonly asOf: Date;
    }
  | { readonly kind: 'no-posts'; readonly pollOn: boolean }
  | { readonly kind: 'not-set-up' };

/** What the report reads: the server, its posts, its learners, and the platform for the polls. */
export interface DayReportDeps {
  readonly plan: Plan;
  readonly store: Store;
  readonly servers: ServerRecords;
  readonly learners: Learners;
  readonly clock: Clock;
  /** Where the polls' answers are read; null (the console): every poll reads as unreadable. */
  readonly notifier: Notifier | null;
}

// Polls read from the platform at once: a report of many open days stays inside the rate limit.
const POLL_READS_AT_ONCE = 4;

/**
 * The report of a server's posted days: for each, learners who completed it of those who
 * reached it, and its poll's answers as the platform counts them now ("still open" until the
 * poll ends; final counts are kept with the post, so an ended poll is read once).
 */
export async function dayReportOf(deps: DayReportDeps, guildId: string): Promise<DayReportOutcome> {
  const now = deps.clock.now();
  const settings = await deps.servers.load(guildId, now);
  if (settings === null) return { kind: 'not-set-up' };
  const pollOn = settings.dayPoll ?? false;
  const posts = await loadDayPosts(
    deps.store,
    guildId,
    deps.plan.days.map((d) => d.day),
  );
  if (posts.length === 0) return { kind: 'no-posts', pollOn };
  const [{ found, unreadable }, polls] = await Promise.all([
    loadCohortLearners(deps, guildId),
    readPolls(deps, guildId, posts),
  ]);
  const completions = new Map(dayCompletions(deps.plan, found).map((c) => [c.day, c]));
  const titles = new Map(deps.plan.days.map((d) => [d.day, d.title]));
  const rows = posts.map((post, index): DayReportRow => ({
    day: post.day,
    title: titles.get(post.day) ?? '',
    slotDate: post.slotDate,
    completion: completions.get(post.day) ?? { day: post.day, done: 0, reached: 0 },
    poll: polls[index] ?? null,
  }));
  return { kind: 'report', rows, standouts: dayStandouts(rows), pollOn, unreadable, asOf: now };
}

async function readPolls(
  deps: DayReportDeps,
  guildId: string,
  posts: readonly DayPostRecord[],
): Promise<(DayPollResults | null)[]> {
  const results: (DayPollResults | null)[] = posts.map(() => null);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < posts.length) {
      const index = next++;
      const post = posts[index];
      if (post !== undefined) results[index] = await readPoll(deps, guildId, post);
    }
  };
  await Promise.all(Array.from({ length: POLL_READS_AT_ONCE }, worker));
  return results;
}

async function readPoll(
  deps: DayReportDeps,
  guildId: string,
  post: DayPostRecord,
): Promise<DayPollResults | null> {
  // The poll's own message; posts from before it had one carried the poll themselves.
  const where =
    post.pollMessage ?? (post.poll ? { channelId: post.channelId, messageId: post.messageId } : null);
  if (where === null) return null;
  if (post.finalCounts !== undefined) return { kind: 'counted', counts: post.finalCounts, final: true };
  if (deps.notifier === null) return { kind: 'unreadable', reason: 'failed' };
  const read = await deps.notifier.dayPollResults(where.channelId, where.messageId);
  if (read.kind === 'counted' && read.final) await keepFinalCounts(deps.store, guildId, post, read.counts);
  return read;
}
