import { addDays } from '../../core/time/local-date.js';
import { deliveryKeysOf } from '../delivery/deliver-once.js';
import type { Store } from '../ports.js';
import { learnerKeys } from '../storage/learner-keys.js';
import { buddyRecords, dropFromPartners, guildOfBuddyKey, type BuddyRecord } from './buddy-records.js';
import { buddyLapseDmKey } from './buddy-lapses.js';
import { buddyPairingDmKey } from './weekly-buddies.js';

// Lapse markers live 7 days and name a lapse that began at most 4 days before: 12 days back
// from today (UTC, up to a day off the learner's own date) covers every one still held.
const LAPSE_DAYS_BACK = 12;
const RECENT_WEEKS = 2;

/**
 * Forget-me for buddies: in each server the learner joined, out of the pool and out of every
 * partner's groups (a partner left alone this week sees only "your buddy left"), then the
 * learner's record and the markers of the DMs about them or to them.
 */
export async function forgetBuddies(store: Store, learnerId: string, now: Date): Promise<void> {
  for (const key of await learnerKeys(store, learnerId)) {
    const guildId = guildOfBuddyKey(learnerId, key);
    if (guildId === null) continue;
    const records = buddyRecords(store, guildId);
    const forget = async (): Promise<void> => {
      const record = await records.read(learnerId);
      const partners = record?.weeks.flatMap((entry) => entry.with) ?? [];
      await dropFromPartners(records, learnerId, partners, 'all');
      await records.remove(learnerId);
      if (record !== null)
        for (const marker of markersOf(learnerId, guildId, record, now)) await store.delete(marker);
    };
    // Forget-me must finish: when a pairing holds the lease past its retries, go ahead without it.
    if ((await records.locked(forget)).kind === 'busy') await forget();
  }
}

function markersOf(learnerId: string, guildId: string, record: BuddyRecord, now: Date): string[] {
  const recent = record.weeks.slice(0, RECENT_WEEKS);
  const partners = new Set(recent.flatMap((entry) => entry.with));
  const today = now.toISOString().slice(0, 10);
  const markers = recent.map((entry) => buddyPairingDmKey(learnerId, guildId, entry.week));
  for (let back = 0; back <= LAPSE_DAYS_BACK; back++) {
    const date = addDays(today, -back);
    for (const partner of partners)
      markers.push(buddyLapseDmKey(learnerId, date, partner), buddyLapseDmKey(partner, date, learnerId));
  }
  return markers.flatMap(deliveryKeysOf);
}
