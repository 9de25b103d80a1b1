import { buddyLapseOf } from '../../core/buddies/buddy-lapse.js';
import { currentBuddyWeek } from '../../core/buddies/buddy-week.js';
import type { Learner, LocalDate } from '../../core/learner/learner.js';
import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import type { Delivery } from '../delivery/deliver-once.js';
import { deliverLearnerDm } from '../delivery/learner-dm.js';
import type { Logger } from '../ports.js';
import type { BuddyTurnDeps, Member } from './weekly-buddies.js';

const DAY_MS = 86_400_000;
/** A lapse is told while it is 2 or 3 days long: its marker outlives that by days. */
export const LAPSE_DM_TTL_MS = 7 * DAY_MS;

/** The DM that tells `buddyId` of `partnerId`'s lapse begun on `from`, once. */
export const buddyLapseDmKey = (partnerId: string, from: LocalDate, buddyId: string): string =>
  `buddy-lapse:${partnerId}:${from}:${buddyId}`;

/** Tells each buddy of this week once per lapse of their partner (two days in a row missed). */
export async function tellLapses(
  deps: BuddyTurnDeps,
  members: readonly Member[],
  settings: ServerSettings,
  now: Date,
): Promise<Delivery[]> {
  const week = currentBuddyWeek(settings, now);
  const loaded = new Map<string, Learner | null>();
  const learnerOf = async (id: string): Promise<Learner | null> => {
    if (!loaded.has(id)) {
      const found = await deps.learners.load(id);
      loaded.set(id, found.kind === 'found' ? found.learner : null);
    }
    return loaded.get(id) ?? null;
  };
  const deliveries: Delivery[] = [];
  for (const { id: buddyId, record } of members) {
    const entry = record?.weeks[0];
    if (entry?.week !== week) continue;
    for (const partner of entry.with) {
      const learner = await learnerOf(partner);
      const lapse = learner === null ? null : buddyLapseOf(deps.plan, learner, now);
      if (lapse === null) continue;
      const text = deps.texts.buddyLapse({ partner, days: lapse.days });
      const delivery = await deliverLearnerDm(deps, {
        learnerId: buddyId,
        key: buddyLapseDmKey(partner, lapse.from, buddyId),
        ttlMs: LAPSE_DM_TTL_MS,
        send: (channelId, nonce) => deps.notifier.postText(channelId, text, nonce),
      });
      noteBuddyDmRefusal(deps.logger, delivery, {
        learnerId: buddyId,
        guildId: settings.guildId,
        dm: 'buddy lapse',
      });
      deliveries.push(delivery);
    }
  }
  return deliveries;
}

// Closed DMs are not retried (each 403 counts toward Discord's ban); the pairing stands regardless.
export function noteBuddyDmRefusal(
  logger: Logger,
  delivery: Delivery,
  context: Record<string, unknown>,
): void {
  if (delivery.kind === 'refused') logger.warn('buddy DM refused', { ...context, reason: delivery.reason });
  if (delivery.kind === 'failed')
    logger.warn('buddy DM failed, will retry', { ...context, detail: delivery.detail });
}
