import type { Plan } from '../../core/curriculum/plan.js';
import { applySettings, changesSomething, type SettingsInput } from '../../core/learner/apply-settings.js';
import type { Learner } from '../../core/learner/learner.js';
import { startTodayIn } from '../../core/learner/settings.js';
import { firstReminder, type FirstReminder } from '../../core/schedule/learner-slots.js';
import { localDateOf } from '../../core/time/local-date.js';
import type { ActorRef } from '../actor.js';
import type { DmOpening } from '../delivery/dm-channels.js';
import type { WheelPlacement } from '../delivery/wheel-placement.js';
import type { LearnerSession } from '../storage/learner-session.js';
import type { Learners, StoreTrouble } from '../storage/learners.js';

export type { SettingsInput };

/** A learner's settings as `/settings` shows them. */
export interface LearnerSettingsView {
  readonly timezone: string;
  readonly localDate: string;
  readonly reminderTime: string | null;
  /** When the first reminder DM goes out, and why not sooner; null when none is coming. */
  readonly firstReminder: FirstReminder | null;
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

/** What the settings need besides the learner session. */
export interface SettingsDeps {
  readonly plan: Plan;
  /** The zone a learner starts with when no cohort gives one. */
  readonly defaultTimezone: string;
  readonly session: LearnerSession;
  readonly learners: Learners;
  readonly wheel: WheelPlacement;
  /** Opens the learner's DM channel as they turn reminders on; the console has no DMs. */
  readonly openDm: (learnerId: string) => Promise<DmOpening>;
}

/** A settings outcome and the learner as saved (null when nothing was saved). */
type Settled = { readonly settings: SettingsOutcome; readonly saved: Learner | null; readonly now: Date };

const viewOf = (plan: Plan, learner: Learner, now: Date): LearnerSettingsView => ({
  timezone: learner.timezone,
  localDate: localDateOf(now, learner.timezone),
  reminderTime: learner.reminderTime,
  firstReminder: firstReminder(plan, learner, now),
  streakWarningHour: learner.streakWarningHour,
  leaderboard: !learner.leaderboardOptOut,
});

/** `/settings`, and the one-time notice that the scheduler found the learner's DMs closed. */
export function createSettings(deps: SettingsDeps) {
  const { plan, session, learners, wheel } = deps;

  // The learner is told in this very reply, so the scheduler's closed-DM notice is spent too.
  const remindersOff = async (learner: Learner) => {
    const off = (stored: Learner): Learner => ({ ...stored, reminderTime: null, dmBlocked: 'told' });
    const updated = await learners.update(learner.id, (stored) =>
      stored === null ? { outcome: off(learner) } : { learner: off(stored), outcome: off(stored) },
    );
    return updated.kind === 'ok' ? { kind: 'ok' as const, learner: updated.outcome } : updated;
  };

  return {
    /**
     * Applies the given settings together, or none of them when one is bad, and places the
     * learner's reminder and streak warning in the wheel. Turning reminders on then opens the
     * DM channel: a refusal turns them back off (and out of the wheel) and says so.
     */
    async update(actor: ActorRef, input: SettingsInput): Promise<SettingsOutcome> {
      const changed = changesSomething(input);
      const result = await session.act(
        actor,
        (stored, { now, cohort }): { learner?: Learner; outcome: Settled } => {
          const applied = applySettings(stored, input);
          if (applied.kind !== 'ok') return { outcome: { settings: applied, saved: null, now } };
          // Only a learner whose zone nobody chose yet (the default zone, no cohort's calendar)
          // restarts today where they are; a cohort's learner keeps the cohort's start date.
          const ownCalendar =
            stored.timezone === deps.defaultTimezone && cohort?.startDate !== stored.startDate;
          const learner =
            input.timezone !== undefined && ownCalendar
              ? startTodayIn(applied.learner, stored.timezone, now)
              : applied.learner;
          const saved = changed ? learner : null;
          const settings: SettingsOutcome = { kind: 'settings', changed, ...viewOf(plan, learner, now) };
          return { learner: saved ?? undefined, outcome: { settings, saved, now } };
        },
      );
      if ('kind' in result) return result;
      const { settings, saved, now } = result;
      if (saved === null) return settings;
      const moved = input.timezone !== undefined;
      // Placed first: opening a DM channel can queue for seconds behind Discord's rate limit, and
      // a reminder due in a minute or two must already be in the wheel when its minute is read.
      if (moved || input.reminder !== undefined) await wheel.placeReminder(saved, now);
      if (moved || input.warning !== undefined) await wheel.placeWarning(saved, now);
      const closed =
        input.reminder !== undefined &&
        saved.reminderTime !== null &&
        (await deps.openDm(saved.id)).kind === 'closed';
      if (!closed) return settings;
      const off = await remindersOff(saved);
      if (off.kind !== 'ok') return off;
      await wheel.placeReminder(off.learner, now);
      return { kind: 'dms-closed', ...viewOf(plan, off.learner, now) };
    },

    /** True once, when the scheduler found this learner's DMs closed; later calls return false. */
    async takeDmNotice(actor: ActorRef): Promise<boolean> {
      const loaded = await learners.load(actor.id);
      if (loaded.kind !== 'found' || loaded.learner.dmBlocked !== 'blocked') return false;
      const result = await learners.update(actor.id, (stored) =>
        stored?.dmBlocked === 'blocked'
          ? { learner: { ...stored, dmBlocked: 'told' as const }, outcome: true }
          : { outcome: false },
      );
      return result.kind === 'ok' && result.outcome;
    },
  };
}

/** The settings, as built by `createSettings`. */
export type Settings = ReturnType<typeof createSettings>;
