import { buddyWeekDue } from '../../core/buddies/buddy-week.js';
import { pairBuddies } from '../../core/buddies/pair-buddies.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { LocalDate } from '../../core/learner/learner.js';
import { retryAt, type Delivery } from '../delivery/deliver-once.js';
import type { DmChannels } from '../delivery/dm-channels.js';
import { deliverLearnerDm } from '../delivery/learner-dm.js';
import type { Logger, Notifier, Store } from '../ports.js';
import type { Learners } from '../storage/learners.js';
import type { ServerRecords } from '../storage/server-records.js';
import {
  buddyRecords,
  buddyWeekMarkerKey,
  HISTORY_WEEKS,
  type BuddyRecord,
  type BuddyRecords,
} from './buddy-records.js';
import type { BuddyTexts } from './buddy-texts.js';
import { noteBuddyDmRefusal, tellLapses } from './buddy-lapses.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
// The week marker outlives the history it guards; a DM marker outlives the day it can be sent on.
const WEEK_MARKER_TTL_MS = (HISTORY_WEEKS + 1) * 7 * DAY_MS;
const PAIRING_DM_TTL_MS = 8 * DAY_MS;

/** The DM that tells a learner their buddies of the week, once. */
export const buddyPairingDmKey = (learnerId: string, guildId: string, week: LocalDate): string =>
  `buddy-pair:${learnerId}:${guildId}:${week}`;

/** What a server's buddy turn needs. */
export interface BuddyTurnDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly servers: ServerRecords;
  readonly learners: Learners;
  readonly notifier: Pick<Notifier, 'postText'>;
  readonly dms: DmChannels;
  readonly logger: Logger;
  readonly texts: BuddyTexts;
}

/** What a server's buddy turn did: the week it paired (null: none now), the DMs it sent, and when to come back. */
export interface BuddyTurn {
  readonly pairedWeek: LocalDate | null;
  readonly sent: number;
  readonly retryAt: Date | null;
}

const NOTHING: BuddyTurn = { pairedWeek: null, sent: 0, retryAt: null };

/**
 * A server's buddies at its daily turn in the wheel. On the Monday turn: the week's pairs,
 * made once (the week marker is claimed only after every record is written, so a crash
 * part-way pairs again from the same pool and seed), and one DM to each learner. On every
 * turn: a buddy is told, once per lapse, when their partner missed two days in a row.
 *
 * Why the server's turn and not each learner's: buddies belong to a server, the server's turn
 * comes every day for every active server whatever each learner set, and one turn sees both
 * sides of a pair; a learner's own turn exists only while they keep reminders or warnings on.
 * The pool is read first, so a server where nobody joined costs one read a day.
 */
export async function runBuddyTurn(deps: BuddyTurnDeps, guildId: string, now: Date): Promise<BuddyTurn> {
  const records = buddyRecords(deps.store, guildId);
  const pool = await records.pool();
  if (pool.length === 0) return NOTHING;
  const settings = await deps.servers.load(guildId, now);
  if (settings === null) return NOTHING;
  const week = buddyWeekDue(settings, now);
  const deliveries: Delivery[] = [];
  let pairedWeek: LocalDate | null = null;
  if (week !== null) {
    const paired = await pairOnce(deps, records, guildId, week);
    if (paired === 'busy') return { ...NOTHING, retryAt: new Date(now.getTime() + MINUTE_MS) };
    pairedWeek = week;
  }
  // Read after the pairing: who is in the pool now, with this week's groups.
  const members = await membersOf(records);
  if (week !== null) deliveries.push(...(await tellPairs(deps, members, guildId, week)));
  deliveries.push(...(await tellLapses(deps, members, settings, now)));
  const retries = deliveries.map((delivery) => retryAt(delivery, now)).filter((at) => at !== null);
  return {
    pairedWeek,
    sent: deliveries.filter((delivery) => delivery.kind === 'sent').length,
    retryAt: retries.length === 0 ? null : new Date(Math.min(...retries.map((at) => at.getTime()))),
  };
}

async function pairOnce(
  deps: BuddyTurnDeps,
  records: BuddyRecords,
  guildId: string,
  week: LocalDate,
): Promise<'paired' | 'busy'> {
  const marker = buddyWeekMarkerKey(guildId, week);
  if ((await deps.store.claimOwner(marker)) !== undefined) return 'paired';
  const locked = await records.locked(async () => {
    if ((await deps.store.claimOwner(marker)) !== undefined) return;
    // Read under the lease: a learner who left before now is not in the pool any more.
    const pool = await records.pool();
    const held = await records.readMany(pool);
    const joined = pool.flatMap((id, index) => {
      const record = held[index];
      return record === null || record === undefined ? [] : [{ id, record }];
    });
    const history = historyOf(joined, week);
    const pairing = pairBuddies({
      learners: joined.map(({ id }) => id),
      history,
      seed: `${guildId}:${week}`,
    });
    const groupOf = new Map<string, readonly string[]>();
    for (const group of pairing.groups) for (const id of group) groupOf.set(id, group);
    for (const { id, record } of joined) {
      const others = (groupOf.get(id) ?? []).filter((other) => other !== id);
      const earlier = record.weeks.filter((entry) => entry.week !== week);
      await records.write(id, { ...record, weeks: [{ week, with: others }, ...earlier] });
    }
    await deps.store.claim(marker, 'paired', WEEK_MARKER_TTL_MS);
    deps.logger.info('buddies paired', {
      guildId,
      week,
      learners: joined.length,
      groups: pairing.groups.length,
    });
  });
  return locked.kind === 'ok' ? 'paired' : 'busy';
}

/** Past weeks' groups from the members' own records, last week first, each group once. */
function historyOf(joined: readonly { id: string; record: BuddyRecord }[], week: LocalDate): string[][][] {
  const byWeek = new Map<LocalDate, Map<string, string[]>>();
  for (const { id, record } of joined) {
    for (const entry of record.weeks) {
      if (entry.week >= week || entry.with.length === 0) continue;
      const group = [id, ...entry.with].sort();
      const groups = byWeek.get(entry.week) ?? new Map<string, string[]>();
      groups.set(group.join(' '), group);
      byWeek.set(entry.week, groups);
    }
  }
  return [...byWeek.keys()]
    .sort()
    .reverse()
    .map((key) => [...(byWeek.get(key)?.values() ?? [])]);
}

/** A learner in the pool and their record (absent when it could not be read). */
export interface Member {
  readonly id: string;
  readonly record: BuddyRecord | null;
}

async function membersOf(records: BuddyRecords): Promise<Member[]> {
  const pool = await records.pool();
  const held = await records.readMany(pool);
  return pool.map((id, index) => ({ id, record: held[index] ?? null }));
}

async function tellPairs(
  deps: BuddyTurnDeps,
  members: readonly Member[],
  guildId: string,
  week: LocalDate,
): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  for (const { id: learnerId, record } of members) {
    const entry = record?.weeks[0];
    // Joined after the pairing, or their buddy left before hearing of them: nothing to say.
    if (entry?.week !== week || entry.partnerLeft === true) continue;
    const text = deps.texts.buddyPairing(
      entry.with.length === 0 ? { kind: 'alone' } : { kind: 'paired', with: entry.with },
    );
    const delivery = await deliverLearnerDm(deps, {
      learnerId,
      key: buddyPairingDmKey(learnerId, guildId, week),
      ttlMs: PAIRING_DM_TTL_MS,
      send: (channelId, nonce) => deps.notifier.postText(channelId, text, nonce),
    });
    noteBuddyDmRefusal(deps.logger, delivery, { learnerId, guildId, dm: 'buddy pairing' });
    deliveries.push(delivery);
  }
  return deliveries;
}

/** {@link runBuddyTurn}, with a failure logged and retried in ten minutes: it must never hold up the daily post. */
export async function runBuddyTurnLogged(
  deps: BuddyTurnDeps,
  guildId: string,
  now: Date,
): Promise<BuddyTurn> {
  try {
    return await runBuddyTurn(deps, guildId, now);
  } catch (error) {
    deps.logger.error('buddy turn failed', {
      guildId,
      error: error instanceof Error ? error.message : String(error),
    });
    return { ...NOTHING, retryAt: new Date(now.getTime() + 10 * MINUTE_MS) };
  }
}
