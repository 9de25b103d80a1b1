import { placeOfDay } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { dailyPostDue, nextPost, type DailyPostDue } from '../../core/schedule/daily-post.js';
import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import type { DeliveryTexts } from './delivery-texts.js';
import { deliverOnce, nonceOf, retryAt, type Delivery } from './deliver-once.js';
import type { Logger, Notifier, Store } from '../ports.js';
import type { ServerRecords } from '../storage/server-records.js';

const DAY_MS = 86_400_000;

/** What the daily post needs. */
export interface DailyPostsDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly servers: ServerRecords;
  readonly notifier: Notifier;
  readonly logger: Logger;
  /** How late a missed post may still go out (POST_GRACE_HOURS). */
  readonly graceMs: number;
  /** The words of the cycle-complete post. */
  readonly texts: Pick<DeliveryTexts, 'cycleComplete'>;
}

/** What one server's turn came to, and when the wheel should look at it next (null: never). */
export type PostRun = { readonly guildId: string; readonly next: Date | null } & (
  | { readonly kind: 'not-set-up' }
  | { readonly kind: 'not-due'; readonly reason: Extract<DailyPostDue, { kind: 'none' }>['reason'] }
  | ({ readonly kind: 'delivery'; readonly slotDate: string } & { readonly delivery: Delivery })
);

/** The store key that makes a server's post for `slotDate` go out once. */
export const postMarkerKey = (guildId: string, slotDate: string): string => `post:${guildId}:${slotDate}`;

/**
 * The server's daily post, if the core says one is due now: the cohort's day, or the
 * single "cycle complete" message. Sent exactly once per slot (see `deliverOnce`); a
 * forbidden or deleted channel is recorded on the server for /coach status, not retried.
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
  const delivery = await deliverOnce(
    deps.store,
    { key, nonce, ttlMs: markerTtlMs(deps.graceMs) },
    {
      send: () =>
        due.kind === 'post'
          ? notifier.postDay(settings.channelId, {
              place: placeOrThrow(plan, due.day),
              planDays: plan.days.length,
              nonce,
            })
          : notifier.postText(settings.channelId, deps.texts.cycleComplete(plan), nonce),
      find: () => notifier.findPost(settings.channelId, nonce),
    },
  );
  await noteProblem(deps, settings, due.slotDate, delivery, now);
  return {
    guildId,
    kind: 'delivery',
    slotDate: due.slotDate,
    delivery,
    next: retryAt(delivery, now) ?? next,
  };
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
  slotDate: string,
  delivery: Delivery,
  now: Date,
): Promise<void> {
  const context = { guildId: settings.guildId, channelId: settings.channelId, slotDate };
  if (delivery.kind === 'sent') {
    deps.logger.info('daily post sent', { ...context, messageId: delivery.messageId, how: delivery.how });
    if (settings.problem !== null) await deps.servers.recordProblem(settings.guildId, null, now);
  } else if (delivery.kind === 'refused') {
    deps.logger.warn('daily post refused', { ...context, reason: delivery.reason, detail: delivery.detail });
    await deps.servers.recordProblem(
      settings.guildId,
      { reason: delivery.reason, slotDate, channelId: settings.channelId },
      now,
    );
  } else if (delivery.kind === 'failed') {
    deps.logger.warn('daily post failed, will retry', { ...context, detail: delivery.detail });
  }
}

function placeOrThrow(plan: Plan, day: number) {
  const place = placeOfDay(plan, day);
  if (place === undefined) throw new Error(`the core chose day ${day}, which is not in the plan`);
  return place;
}
