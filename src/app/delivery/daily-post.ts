import { placeOfDay } from '../../core/curriculum/plan-lookup.js';
import { asJourney } from '../../core/curriculum/journey.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { cycleEndBefore } from '../../core/progress/cycle-end.js';
import { dailyPostDue, nextPost, type DailyPostDue } from '../../core/schedule/daily-post.js';
import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import type { DeliveryTexts } from './delivery-texts.js';
import { withDayThread } from './day-thread.js';
import { withDayPostRecord } from './day-post-records.js';
import { announcementIo, forumDayIo, withSettleWindow } from './forum-post.js';
import {
  deliverOnce,
  markerStateOf,
  nonceOf,
  reopenRefused,
  retryAt,
  type Delivery,
  type DeliveryIo,
  type MarkerState,
} from './deliver-once.js';
import type { Logger, Notifier, Store } from '../ports.js';
import type { DmChannels } from './dm-channels.js';
import { tellAdminOfProblem } from './post-problem-dm.js';
import { loadServerLearners } from '../progress/leaderboard.js';
import type { Learners } from '../storage/learners.js';
import type { ServerRecords } from '../storage/server-records.js';

const DAY_MS = 86_400_000;

/** What the daily post needs. */
export interface DailyPostsDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly servers: ServerRecords;
  /** The server's learners, for the end-of-cycle message. */
  readonly learners: Learners;
  readonly notifier: Notifier;
  readonly logger: Logger;
  /** How late a missed post may still go out (POST_GRACE_HOURS). */
  readonly graceMs: number;
  /** The words of the cycle-complete post, the end-of-cycle message and the admin's DM when a post is refused. */
  readonly texts: Pick<DeliveryTexts, 'cycleComplete' | 'cycleEnd' | 'postProblem'>;
  /** Where the admin who set the server up is told of a refused post. */
  readonly dms: DmChannels;
}

/** What one server's turn came to, and when the wheel should look at it next (null: never). */
export type PostRun = { readonly guildId: string; readonly next: Date | null } & (
  | { readonly kind: 'not-set-up' }
  | { readonly kind: 'not-due'; readonly reason: Extract<DailyPostDue, { kind: 'none' }>['reason'] }
  | ({ readonly kind: 'delivery'; readonly slotDate: string } & { readonly delivery: Delivery })
);

/** The store key that makes a server's post for `slotDate` go out once. */
export const postMarkerKey = (guildId: string, slotDate: string): string => `post:${guildId}:${slotDate}`;

/** What the admin commands know of a server's daily posts: where one stands, and trying a refused one again. */
export interface DailyPostLedger {
  stateOf(guildId: string, slotDate: string): Promise<MarkerState>;
  /** After the admin fixed the cause: the refused post for `slotDate` goes out at the next pass. */
  reopen(guildId: string, slotDate: string): Promise<boolean>;
}

/** The ledger over the post markers in the store. */
export const dailyPostLedger = (store: Store): DailyPostLedger => ({
  stateOf: (guildId, slotDate) => markerStateOf(store, postMarkerKey(guildId, slotDate)),
  reopen: (guildId, slotDate) => reopenRefused(store, postMarkerKey(guildId, slotDate)),
});

/**
 * The server's daily post, if the core says one is due now: the cohort's day, or the
 * single "cycle complete" message, a day with its discussion thread (in a forum channel, the
 * day's own post). Sent exactly once per slot
 * (see `deliverOnce`); a forbidden or deleted channel is recorded on the server for /coach status
 * and told to the admin by DM, and not retried until the admin runs /coach setup or /coach resume.
 */
export async function runDailyPost(deps: DailyPostsDeps, guildId: string, now: Date): Promise<PostRun> {
  const settings = await deps.servers.load(guildId, now);
  if (settings === null) return { guildId, kind: 'not-set-up', next: null };
  const next = nextPost(deps.plan, settings, now)?.at ?? null;
  const due = dailyPostDue(deps.plan, settings, now, deps.graceMs);
  if (due.kind === 'none') return { guildId, kind: 'not-due', reason: due.reason, next };

  const key = postMarkerKey(guildId, due.slotDate);
  const nonce = nonceOf(key);
  const { notifier, plan } = deps;
  const preface = due.kind === 'post' ? await cycleEndText(deps, settings, due.day) : null;
  const { channelId } = settings;
  const io = (): DeliveryIo => {
    if (due.kind !== 'post') {
      const announcement = announcementIo(notifier, settings, deps.texts.cycleComplete(plan), nonce);
      return settings.channelKind === 'forum'
        ? withSettleWindow(announcement, deps.store, key, now)
        : announcement;
    }
    const place = placeOrThrow(plan, due.day);
    const request = { place, planDays: plan.days.length, preface, nonce };
    if (settings.channelKind === 'forum') {
      const forumIo = forumDayIo({ notifier, store: deps.store, guildId, forumId: channelId }, request);
      // Noted like a channel's post, so the day poll finds it and goes into the post's thread.
      return withDayPostRecord(
        withSettleWindow(forumIo, deps.store, key, now),
        { store: deps.store, guildId },
        { day: due.day, slotDate: due.slotDate, channelId, poll: false },
      );
    }
    return withDayPostRecord(
      withDayThread(
        {
          send: () => notifier.postDay(channelId, request),
          find: () => notifier.findPost(channelId, nonce),
        },
        { notifier, logger: deps.logger, channelId, store: deps.store, guildId },
        place,
      ),
      { store: deps.store, guildId },
      // The poll goes out after the post, as its own message (day-poll-message.ts).
      { day: due.day, slotDate: due.slotDate, channelId, poll: false },
    );
  };
  const delivery = await deliverOnce(deps.store, { key, nonce, ttlMs: markerTtlMs(deps.graceMs) }, io());
  await noteProblem(deps, settings, due, delivery, now);
  return {
    guildId,
    kind: 'delivery',
    slotDate: due.slotDate,
    delivery,
    next: retryAt(delivery, now) ?? next,
  };
}

// Learners are read only on the first day of a later cycle: any other post costs nothing more.
async function cycleEndText(
  deps: DailyPostsDeps,
  settings: ServerSettings,
  day: number,
): Promise<string | null> {
  const journey = asJourney(deps.plan);
  const firstDay = settings.startDay ?? journey.days[0]?.day ?? 0;
  if (cycleEndBefore(journey, day, firstDay, []) === null) return null;
  const end = cycleEndBefore(journey, day, firstDay, await loadServerLearners(deps, settings.guildId));
  return end === null ? null : deps.texts.cycleEnd(end);
}

/** Markers outlive the grace window (so a late retry still sees them), then expire. */
export function markerTtlMs(graceMs: number): number {
  return graceMs + 3 * DAY_MS;
}

/**
 * A learner's DM marker, keyed by their local date, outlives the grace window by two days:
 * the same local date comes round again at most 26 hours later (a move from UTC+14 to
 * UTC-12), and every day of marker kept is stored for every learner reminded.
 */
export function learnerDmTtlMs(graceMs: number): number {
  return graceMs + 2 * DAY_MS;
}

async function noteProblem(
  deps: DailyPostsDeps,
  settings: ServerSettings,
  due: Exclude<DailyPostDue, { kind: 'none' }>,
  delivery: Delivery,
  now: Date,
): Promise<void> {
  const { slotDate } = due;
  const context = { guildId: settings.guildId, channelId: settings.channelId, slotDate };
  if (delivery.kind === 'sent') {
    deps.logger.info('daily post sent', { ...context, messageId: delivery.messageId, how: delivery.how });
    if (settings.problem !== null) await deps.servers.recordProblem(settings.guildId, null, now);
  } else if (delivery.kind === 'refused') {
    deps.logger.warn('daily post refused', { ...context, reason: delivery.reason, detail: delivery.detail });
    const problem = { reason: delivery.reason, slotDate, channelId: settings.channelId };
    await deps.servers.recordProblem(settings.guildId, problem, now);
    await tellAdminOfProblem(deps, settings, problem, {
      day: due.kind === 'post' ? due.day : null,
      retryUntil: new Date(due.dueAt.getTime() + deps.graceMs),
      ttlMs: markerTtlMs(deps.graceMs),
    });
  } else if (delivery.kind === 'failed') {
    deps.logger.warn('daily post failed, will retry', { ...context, detail: delivery.detail });
  }
}

function placeOrThrow(plan: Plan, day: number) {
  const place = placeOfDay(plan, day);
  if (place === undefined) throw new Error(`the core chose day ${day}, which is not in the plan`);
  return place;
}
