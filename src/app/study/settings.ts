import type { Plan } from '../../core/curriculum/plan.js';
import { completeDay } from '../../core/learner/complete-day.js';
import type { Learner } from '../../core/learner/learner.js';
import { newLearner } from '../../core/learner/new-learner.js';
import { setLeaderboard, setStreakWarning } from '../../core/learner/preferences.js';
import { setReminder, setTimezone } from '../../core/learner/settings.js';
import { localDateOf } from '../../core/time/local-date.js';
import type { DmOpening } from '../delivery/dm-channels.js';
import type { LearnerRef, Learners } from '../storage/learners.js';
import type { Clock } from '../ports.js';
import type { StoreTrouble } from './study.js';

/** A learner's settings as `/settings` shows them. */
export interface LearnerSettingsView {
  readonly timezone: string;
  readonly localDate: string;
  readonly reminderTime: string | null;
  /** Local hour of the streak warning, or null when off. */
  readonly streakWarningHour: number | null;
  /** False once the learner opted out of leaderboards and recaps. */
  readonly leaderboard: boolean;
}

/** Outcome of `/settings`: unchanged input changes nothing; bad input changes nothing either. */
export type SettingsOutcome =
  | ({ readonly kind: 'settings'; readonly changed: boolean } & LearnerSettingsView)
  /** Reminders were turned on but the DM channel was refused (403): they stay off; the rest is saved. */
  | ({ readonly kind: 'dms-closed' } & LearnerSettingsView)
  | { readonly kind: 'unknown-timezone'; readonly timezone: string }
  | { readonly kind: 'bad-time'; readonly input: string }
  | { readonly kind: 'bad-hour'; readonly input: string }
  | { readonly kind: 'bad-switch'; readonly input: string }
  | StoreTrouble;

/** What `/settings` may change; each is optional, and all given are applied together or none. */
export interface SettingsInput {
  readonly timezone?: string;
  readonly reminder?: string;
  /** Streak warning hour `0`-`23`, or `off`. */
  readonly warning?: string;
  /** Leaderboard and recaps: `on` or `off`. */
  readonly leaderboard?: string;
}

/** Whether the learner may mark `day` done now (the proof is asked for next). */
export type ReadyOutcome =
  | { readonly kind: 'ready'; readonly day: number }
  | { readonly kind: 'already-done'; readonly day: number }
  | { readonly kind: 'not-current'; readonly day: number; readonly current: number }
  | { readonly kind: 'finished' }
  | { readonly kind: 'no-such-day'; readonly first: number; readonly last: number }
  | StoreTrouble;

/**
 * What learner actions tell the scheduler about one kind of learner DM (the daily reminder,
 * the streak warning); the composition root binds it to post-schedule.
 */
export interface DmScheduling {
  schedule(learner: Learner, now: Date): Promise<void>;
  unschedule(learnerId: string): Promise<void>;
}

/** Dependencies of the learner actions that study.ts does not cover. */
export interface LearnerActionsDeps {
  readonly plan: Plan;
  readonly learners: Learners;
  readonly clock: Clock;
  readonly reminders: DmScheduling;
  readonly warnings: DmScheduling;
  /** Opens and keeps the learner's DM channel as they turn reminders on (`openLearnerDm`); the console has no DMs. */
  readonly openDm: (learnerId: string) => Promise<DmOpening>;
  readonly defaultTimezone: string;
}

/** A settings outcome and the learner as saved (null when nothing was saved). */
type Settled = { readonly settings: SettingsOutcome; readonly saved: Learner | null };

type Applied =
  | { readonly kind: 'ok'; readonly learner: Learner }
  | { readonly kind: 'unknown-timezone'; readonly timezone: string }
  | { readonly kind: 'bad-time'; readonly input: string }
  | { readonly kind: 'bad-hour'; readonly input: string }
  | { readonly kind: 'bad-switch'; readonly input: string };

/** Both settings applied together, or the first bad one and no change. */
function applySettings(learner: Learner, input: SettingsInput): Applied {
  let next = learner;
  if (input.timezone !== undefined) {
    const moved = setTimezone(next, input.timezone);
    if (moved.kind !== 'timezone-set') return { kind: 'unknown-timezone', timezone: input.timezone };
    next = moved.learner;
  }
  if (input.reminder !== undefined) {
    const reminded = setReminder(next, input.reminder);
    if (reminded.kind !== 'reminder-set') return { kind: 'bad-time', input: input.reminder };
    // Turning reminders on again is the learner saying their DMs are open now.
    next = reminded.time === null ? reminded.learner : { ...reminded.learner, dmBlocked: 'no' };
  }
  if (input.warning !== undefined) {
    const warned = setStreakWarning(next, input.warning);
    if (warned.kind !== 'streak-warning-set') return warned;
    next = warned.learner;
  }
  if (input.leaderboard !== undefined) {
    const shown = setLeaderboard(next, input.leaderboard);
    if (shown.kind !== 'leaderboard-set') return shown;
    next = shown.learner;
  }
  return { kind: 'ok', learner: next };
}

/** Settings, the closed-DM notice, and the check before a proof form opens. */
export function createLearnerActions(deps: LearnerActionsDeps) {
  const { plan, learners, clock } = deps;

  const fresh = (who: LearnerRef, now: Date): Learner => {
    const timezone = who.joinHint?.timezone ?? deps.defaultTimezone;
    const startDate = who.joinHint?.startDate ?? localDateOf(now, timezone);
    return newLearner({ id: who.id, displayName: who.displayName, timezone, startDate });
  };

  const view = (learner: Learner, now: Date): LearnerSettingsView => ({
    timezone: learner.timezone,
    localDate: localDateOf(now, learner.timezone),
    reminderTime: learner.reminderTime,
    streakWarningHour: learner.streakWarningHour,
    leaderboard: !learner.leaderboardOptOut,
  });

  // The learner is told in this very reply, so the scheduler's closed-DM notice is spent too.
  const remindersOff = async (learner: Learner) => {
    const off = (stored: Learner): Learner => ({ ...stored, reminderTime: null, dmBlocked: 'told' });
    const updated = await learners.update(learner.id, (stored) =>
      stored === null ? { outcome: off(learner) } : { learner: off(stored), outcome: off(stored) },
    );
    return updated.kind === 'ok' ? { kind: 'ok' as const, learner: updated.outcome } : updated;
  };

  const place = (scheduling: DmScheduling, learner: Learner, on: boolean, now: Date) =>
    on ? scheduling.schedule(learner, now) : scheduling.unschedule(learner.id);

  return {
    /**
     * Applies the given settings together, or none of them when one is bad, and places the
     * learner's reminder and streak warning in the wheel. Turning reminders on opens the DM
     * channel at once: a refusal turns them back off and says so.
     */
    async updateSettings(who: LearnerRef, input: SettingsInput): Promise<SettingsOutcome> {
      const now = clock.now();
      const changed = Object.values(input).some((value) => value !== undefined);
      const result = await learners.update(who.id, (stored): { learner?: Learner; outcome: Settled } => {
        const applied = applySettings(stored ?? fresh(who, now), input);
        if (applied.kind !== 'ok') return { outcome: { settings: applied, saved: null } };
        const saved = changed || stored === null ? applied.learner : null;
        const settings: SettingsOutcome = { kind: 'settings', changed, ...view(applied.learner, now) };
        return { learner: saved ?? undefined, outcome: { settings, saved } };
      });
      if (result.kind !== 'ok') return result;
      const { settings, saved } = result.outcome;
      if (saved === null || !changed) return settings;
      const closed =
        input.reminder !== undefined &&
        saved.reminderTime !== null &&
        (await deps.openDm(saved.id)).kind === 'closed';
      const final = closed ? await remindersOff(saved) : { kind: 'ok' as const, learner: saved };
      if (final.kind !== 'ok') return final;
      const { learner } = final;
      const moved = input.timezone !== undefined;
      if (moved || input.reminder !== undefined)
        await place(deps.reminders, learner, learner.reminderTime !== null, now);
      if (moved || input.warning !== undefined)
        await place(deps.warnings, learner, learner.streakWarningHour !== null, now);
      return closed ? { kind: 'dms-closed', ...view(learner, now) } : settings;
    },

    /** True once, when the scheduler found this learner's DMs closed; later calls return false. */
    async takeDmNotice(learnerId: string): Promise<boolean> {
      const loaded = await learners.load(learnerId);
      if (loaded.kind !== 'found' || loaded.learner.dmBlocked !== 'blocked') return false;
      const result = await learners.update(learnerId, (stored) =>
        stored?.dmBlocked === 'blocked'
          ? { learner: { ...stored, dmBlocked: 'told' as const }, outcome: true }
          : { outcome: false },
      );
      return result.kind === 'ok' && result.outcome;
    },

    /** The same rules as completing the day, checked before asking for proof. */
    async readyToComplete(who: LearnerRef, day: number): Promise<ReadyOutcome> {
      const now = clock.now();
      const loaded = await learners.load(who.id);
      if (loaded.kind === 'set-aside') return loaded;
      const learner = loaded.kind === 'found' ? loaded.learner : fresh(who, now);
      // A placeholder proof passes the proof checks, so only the day rules can object.
      const preview = completeDay(plan, learner, { proof: { text: 'proof', links: [] }, day, now });
      if (preview.kind === 'done') return { kind: 'ready', day };
      if (
        preview.kind === 'proof-missing' ||
        preview.kind === 'proof-too-long' ||
        preview.kind === 'bad-link'
      ) {
        throw new Error(`placeholder proof rejected: ${preview.kind}`);
      }
      return preview;
    },
  };
}

/** The learner actions, as built by `createLearnerActions`. */
export type LearnerActions = ReturnType<typeof createLearnerActions>;
