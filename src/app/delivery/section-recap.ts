import type { Plan } from '../../core/curriculum/plan.js';
import { buildSectionRecap, recapDue, type RecapDue } from '../../core/progress/section-recap.js';
import { markerTtlMs } from './daily-post.js';
import type { DeliveryTexts } from './delivery-texts.js';
import { announcementIo, withSettleWindow } from './forum-post.js';
import { deliverOnce, nonceOf, retryAt, type Delivery } from './deliver-once.js';
import type { Learners } from '../storage/learners.js';
import { loadServerLearners } from '../progress/leaderboard.js';
import type { Logger, Notifier, Store } from '../ports.js';
import type { ServerRecords } from '../storage/server-records.js';

/** What the section recap needs; it rides on the server's daily-post turn. */
export interface SectionRecapDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly servers: ServerRecords;
  readonly learners: Learners;
  readonly notifier: Pick<Notifier, 'postText' | 'findPost' | 'postTextInForum' | 'findForumPost'>;
  readonly logger: Logger;
  /** How late a missed recap may still go out: the daily post's POST_GRACE_HOURS. */
  readonly graceMs: number;
  /** The post's words. */
  readonly texts: Pick<DeliveryTexts, 'sectionRecap'>;
}

/** What a server's recap turn came to; `retryAt` is set when a passing failure should be tried again. */
export type RecapRun = { readonly guildId: string; readonly retryAt: Date | null } & (
  | { readonly kind: 'not-set-up' }
  | { readonly kind: 'not-due'; readonly reason: Extract<RecapDue, { kind: 'none' }>['reason'] }
  | { readonly kind: 'delivery'; readonly sectionIndex: number; readonly delivery: Delivery }
);

/**
 * The key that makes a section's recap go out once per cohort: a new start date (a new
 * cohort set up with /coach setup) gets its own recaps.
 */
export const recapMarkerKey = (guildId: string, startDate: string, sectionIndex: number): string =>
  `recap:${guildId}:${startDate}:${sectionIndex}`;

/**
 * Posts the recap of the section the cohort just finished, when one is due, exactly once
 * (the daily post's claim-then-confirm `deliverOnce`). Call it in the same turn as the
 * server's daily post: it is due at the same slot.
 */
export async function runSectionRecap(deps: SectionRecapDeps, guildId: string, now: Date): Promise<RecapRun> {
  const settings = await deps.servers.load(guildId, now);
  if (settings === null) return { guildId, kind: 'not-set-up', retryAt: null };
  const due = recapDue(deps.plan, settings, now, deps.graceMs);
  if (due.kind === 'none') return { guildId, kind: 'not-due', reason: due.reason, retryAt: null };

  const key = recapMarkerKey(guildId, settings.startDate, due.sectionIndex);
  const nonce = nonceOf(key);
  const learners = await loadServerLearners(deps, guildId);
  const text = deps.texts.sectionRecap(buildSectionRecap(deps.plan, due.sectionIndex, learners, now));
  const delivery = await deliverOnce(
    deps.store,
    { key, nonce, ttlMs: markerTtlMs(deps.graceMs) },
    settings.channelKind === 'forum'
      ? withSettleWindow(announcementIo(deps.notifier, settings, text, nonce), deps.store, key, now)
      : announcementIo(deps.notifier, settings, text, nonce),
  );
  const context = { guildId, sectionIndex: due.sectionIndex, kind: delivery.kind };
  if (delivery.kind === 'sent' || delivery.kind === 'already-sent')
    deps.logger.info('section recap posted', context);
  else deps.logger.warn('section recap not posted', context);
  return {
    guildId,
    kind: 'delivery',
    sectionIndex: due.sectionIndex,
    delivery,
    retryAt: retryAt(delivery, now),
  };
}
