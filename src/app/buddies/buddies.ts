import { currentBuddyWeek, nextPairingAt } from '../../core/buddies/buddy-week.js';
import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import type { ActorRef } from '../actor.js';
import type { Store } from '../ports.js';
import type { LearnerSession } from '../storage/learner-session.js';
import type { StoreTrouble } from '../storage/learners.js';
import { buddyRecords, dropFromPartners } from './buddy-records.js';

/** When the next pairing happens: at the server's Monday post, or why there is none. */
export type PairingSchedule =
  | { readonly kind: 'at'; readonly at: Date }
  /** The server has no daily post yet (/coach setup): pairing rides it. */
  | { readonly kind: 'not-set-up' }
  /** The server's daily post is paused (/coach pause): so is pairing. */
  | { readonly kind: 'paused' };

/** Asked outside a server that added the coach (DMs, a user-installed app): buddies are per server. */
type NoServer = { readonly kind: 'no-server' };

/** Outcome of `/buddy join`. */
export type BuddyJoinOutcome =
  | { readonly kind: 'joined'; readonly next: PairingSchedule }
  | { readonly kind: 'already-in'; readonly next: PairingSchedule }
  | NoServer
  | StoreTrouble;

/** Outcome of `/buddy leave`. */
export type BuddyLeaveOutcome =
  { readonly kind: 'left' } | { readonly kind: 'not-in' } | NoServer | StoreTrouble;

/** Outcome of `/buddy status`: who the learner's buddies are this week, or when pairing happens next. */
export type BuddyStatusOutcome =
  | { readonly kind: 'not-in'; readonly next: PairingSchedule }
  /** Joined after this week's pairing (or before the first): paired at the next. */
  | { readonly kind: 'waiting'; readonly next: PairingSchedule }
  /** Learner ids of this week's buddies (one, or two in a group of three). */
  | { readonly kind: 'paired'; readonly with: readonly string[]; readonly next: PairingSchedule }
  /** The only one who joined this week. */
  | { readonly kind: 'alone'; readonly next: PairingSchedule }
  /** Their buddy left after the pairing. */
  | { readonly kind: 'partner-left'; readonly next: PairingSchedule }
  | NoServer
  | StoreTrouble;

/** What the buddy commands need. */
export interface BuddiesDeps {
  readonly store: Store;
  readonly session: LearnerSession;
  /** A server's settings (its post time and zone): pairing happens at its Monday post. */
  readonly settingsOf: (guildId: string, now: Date) => Promise<ServerSettings | null>;
}

/** Study buddies, opt-in per server: `/buddy join`, `/buddy leave`, `/buddy status`. */
export function createBuddies(deps: BuddiesDeps) {
  const { store, session } = deps;

  // The learner's record exists (a partner's lapse is judged on it) and the server is noted.
  const enter = async (
    actor: ActorRef,
  ): Promise<{ guildId: string; now: Date } | NoServer | StoreTrouble> => {
    const guildId = actor.serverId ?? null;
    if (guildId === null) return { kind: 'no-server' };
    const seen = await session.read(actor, (_learner, context) => context.now);
    return seen instanceof Date ? { guildId, now: seen } : seen;
  };

  const scheduleOf = (settings: ServerSettings | null, now: Date): PairingSchedule => {
    if (settings === null) return { kind: 'not-set-up' };
    if (settings.paused) return { kind: 'paused' };
    return { kind: 'at', at: nextPairingAt(settings, now) };
  };

  return {
    async join(actor: ActorRef): Promise<BuddyJoinOutcome> {
      const entered = await enter(actor);
      if ('kind' in entered) return entered;
      const { guildId, now } = entered;
      const records = buddyRecords(store, guildId);
      const locked = await records.locked(async () => {
        const existing = await records.read(actor.id);
        if (existing === null) await records.write(actor.id, { joinedAt: now.toISOString(), weeks: [] });
        await records.addToPool(actor.id);
        return existing === null;
      });
      if (locked.kind === 'busy') return locked;
      const next = scheduleOf(await deps.settingsOf(guildId, now), now);
      return { kind: locked.value ? 'joined' : 'already-in', next };
    },

    /** Out of the pool at once: not paired again, and out of this week's group (their buddy sees only that they left). */
    async leave(actor: ActorRef): Promise<BuddyLeaveOutcome> {
      const entered = await enter(actor);
      if ('kind' in entered) return entered;
      const records = buddyRecords(store, entered.guildId);
      const locked = await records.locked(async () => {
        const record = await records.read(actor.id);
        const latest = record?.weeks[0];
        if (latest !== undefined)
          await dropFromPartners(records, actor.id, latest.with, new Set([latest.week]));
        await records.remove(actor.id);
        return record !== null;
      });
      if (locked.kind === 'busy') return locked;
      return { kind: locked.value ? 'left' : 'not-in' };
    },

    async status(actor: ActorRef): Promise<BuddyStatusOutcome> {
      const entered = await enter(actor);
      if ('kind' in entered) return entered;
      const { guildId, now } = entered;
      const [record, settings] = await Promise.all([
        buddyRecords(store, guildId).read(actor.id),
        deps.settingsOf(guildId, now),
      ]);
      const next = scheduleOf(settings, now);
      if (record === null) return { kind: 'not-in', next };
      const latest = record.weeks[0];
      if (settings === null || latest === undefined || latest.week !== currentBuddyWeek(settings, now))
        return { kind: 'waiting', next };
      if (latest.with.length > 0) return { kind: 'paired', with: latest.with, next };
      return { kind: latest.partnerLeft === true ? 'partner-left' : 'alone', next };
    },
  };
}

/** The buddy commands, as built by `createBuddies`. */
export type Buddies = ReturnType<typeof createBuddies>;
