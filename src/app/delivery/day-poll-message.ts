import type { Plan } from '../../core/curriculum/plan.js';
import { dailyPostDue } from '../../core/schedule/daily-post.js';
import { markerTtlMs } from './daily-post.js';
import { loadDayPost, notePollMessage } from './day-post-records.js';
import { deliverOnce, nonceOf, retryAt, type Delivery } from './deliver-once.js';
import { dayThreadOf } from '../sharing/day-threads.js';
import type { Logger, Notifier, Store } from '../ports.js';
import type { ServerRecords } from '../storage/server-records.js';

/** What the day poll needs; it rides on the server's daily-post turn, after the post. */
export interface DayPollMessageDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly servers: ServerRecords;
  readonly notifier: Pick<Notifier, 'postDayPoll' | 'findDayPoll'>;
  readonly logger: Logger;
  /** How late the poll may still go out: the daily post's POST_GRACE_HOURS. */
  readonly graceMs: number;
}

/** What a server's day-poll turn came to; `retryAt` is set when a passing failure should be tried again. */
export type DayPollRun = { readonly guildId: string; readonly retryAt: Date | null } & (
  | { readonly kind: 'not-set-up' }
  /** The admin has not turned the poll on (or turned it off). */
  | { readonly kind: 'off' }
  /** No cohort's day is due now (not its time, paused, or the cycle-complete message). */
  | { readonly kind: 'not-due' }
  /** The day's post is not noted (yet): the poll waits for it. */
  | { readonly kind: 'no-post' }
  | { readonly kind: 'delivery'; readonly day: number; readonly delivery: Delivery }
);

/** The key that makes a server's day poll for `slotDate` go out once. */
export const dayPollMarkerKey = (guildId: string, slotDate: string): string =>
  `day-poll:${guildId}:${slotDate}`;

/**
 * The "How hard was today?" poll of the day just posted, as a message of its own: in the day's
 * thread when one was opened, else in the channel right after the post. Call it once the post
 * is sent or found (the server's turn does); it goes out exactly once per slot (`deliverOnce`,
 * its own marker and nonce), and its message is noted with the post for `/coach report`.
 * A poll that can't go out never touches the post: it is logged, and a passing failure is
 * tried again within the grace window.
 */
export async function runDayPollMessage(
  deps: DayPollMessageDeps,
  guildId: string,
  now: Date,
): Promise<DayPollRun> {
  const settings = await deps.servers.load(guildId, now);
  if (settings === null) return { guildId, kind: 'not-set-up', retryAt: null };
  if (settings.dayPoll !== true) return { guildId, kind: 'off', retryAt: null };
  const due = dailyPostDue(deps.plan, settings, now, deps.graceMs);
  if (due.kind !== 'post') return { guildId, kind: 'not-due', retryAt: null };
  const post = await loadDayPost(deps.store, guildId, due.day);
  if (post === null || post.slotDate !== due.slotDate) return { guildId, kind: 'no-post', retryAt: null };

  const key = dayPollMarkerKey(guildId, due.slotDate);
  const nonce = nonceOf(key);
  const channelId = (await dayThreadOf(deps.store, guildId, due.day)) ?? post.channelId;
  const note = (messageId: string) => notePollMessage(deps.store, guildId, post, { channelId, messageId });
  const delivery = await deliverOnce(
    deps.store,
    { key, nonce, ttlMs: markerTtlMs(deps.graceMs) },
    {
      send: async () => {
        const sent = await deps.notifier.postDayPoll(channelId, nonce);
        if (sent.kind === 'sent') await note(sent.messageId);
        return sent;
      },
      find: async () => {
        const found = await deps.notifier.findDayPoll(channelId, post.messageId);
        if (found !== null) await note(found);
        return found;
      },
    },
  );
  const context = { guildId, channelId, day: due.day, slotDate: due.slotDate, kind: delivery.kind };
  if (delivery.kind === 'sent')
    deps.logger.info('day poll sent', { ...context, messageId: delivery.messageId });
  else if (delivery.kind !== 'already-sent')
    deps.logger.warn('day poll not sent', {
      ...context,
      ...('detail' in delivery ? { detail: delivery.detail } : {}),
    });
  return { guildId, kind: 'delivery', day: due.day, delivery, retryAt: retryAt(delivery, now) };
}
