import { asJourney, cycleOfDay } from '../../core/curriculum/journey.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { cohortDay, type CohortSchedule } from '../../core/schedule/cohort.js';
import { dailyPostDue, nextPost } from '../../core/schedule/daily-post.js';
import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import { localDateOf, parseLocalDate } from '../../core/time/local-date.js';
import { parseLocalTime } from '../../core/time/local-time.js';
import { canonicalTimeZone } from '../../core/time/time-zone.js';
import type { WheelPlacement } from '../delivery/wheel-placement.js';
import type { Clock } from '../ports.js';
import type { ServerRecords } from '../storage/server-records.js';
import type {
  PauseOutcome,
  RecapsOutcome,
  ResumeOutcome,
  SetupInput,
  SetupOutcome,
  StatusOutcome,
} from './outcomes.js';

/** Dependencies of the server actions. */
export interface ServersDeps {
  readonly plan: Plan;
  readonly records: ServerRecords;
  readonly clock: Clock;
  readonly wheel: WheelPlacement;
  /** How late a missed post may still go out (POST_GRACE_HOURS). */
  readonly graceMs: number;
}

/** Per-server settings actions: setup, pause, resume, status, recaps, and the cohort learners compare with. */
export function createServers(deps: ServersDeps) {
  const { plan, records, wheel, clock } = deps;

  /** The first post the scheduler will make: now when a slot is due, else the next slot. */
  const firstPost = (schedule: CohortSchedule, now: Date) => {
    const due = dailyPostDue(plan, schedule, now, deps.graceMs);
    if (due.kind === 'post') return { nextPostAt: now, firstDay: due.day, postsNow: true };
    const next = nextPost(plan, schedule, now);
    if (next?.kind !== 'post') return { nextPostAt: null, firstDay: null, postsNow: false };
    return { nextPostAt: next.at, firstDay: next.day, postsNow: false };
  };

  const cycleNumber = (day: number) => {
    const place = cycleOfDay(asJourney(plan), day);
    return place === undefined || place.count === 1 ? null : { number: place.index + 1, count: place.count };
  };

  return {
    async setup(guildId: string, input: SetupInput): Promise<SetupOutcome> {
      const now = clock.now();
      const time = parseLocalTime(input.time);
      if (time.kind !== 'ok') return { kind: 'bad-time', time: input.time };
      const timezone = canonicalTimeZone(input.timezone);
      if (timezone === null) return { kind: 'unknown-timezone', timezone: input.timezone };
      const date = parseLocalDate(input.startDate);
      if (date.kind !== 'ok') return { kind: 'bad-date', date: input.startDate };
      const journey = asJourney(plan);
      const count = journey.cycles.length;
      const asked = input.startCycle ?? 1;
      if (!Number.isInteger(asked) || asked < 1 || asked > count)
        return { kind: 'no-such-cycle', asked, count };
      // Stored as a day number, so cycles added to the journey later never move this cohort.
      const startDay = journey.cycles[asked - 1]?.firstDay;
      const position = cohortDay(plan, date.date, localDateOf(now, timezone), startDay);
      if (position.kind === 'finished')
        return { kind: 'past-last-day', lastDay: position.lastDay, startDate: date.date };
      const updated = await records.update(guildId, now, (current) => {
        const settings: ServerSettings = {
          guildId,
          channelId: input.channelId,
          time: time.time,
          timezone,
          startDate: date.date,
          ...(startDay === undefined ? {} : { startDay }),
          paused: false,
          recaps: current?.recaps ?? true,
          problem: null,
        };
        return { settings, outcome: { kind: 'set-up' as const, settings, ...firstPost(settings, now) } };
      });
      if (updated.kind === 'busy') return updated;
      await wheel.placeServer(updated.outcome.settings, now);
      return updated.outcome;
    },

    async pause(guildId: string): Promise<PauseOutcome> {
      const updated = await records.update(
        guildId,
        clock.now(),
        (current): { settings?: ServerSettings; outcome: PauseOutcome } => {
          if (current === null) return { outcome: { kind: 'not-set-up' } };
          if (current.paused) return { outcome: { kind: 'already-paused' } };
          return { settings: { ...current, paused: true }, outcome: { kind: 'paused' } };
        },
      );
      if (updated.kind === 'busy') return updated;
      if (updated.outcome.kind === 'paused') await wheel.removeServer(guildId);
      return updated.outcome;
    },

    async resume(guildId: string): Promise<ResumeOutcome> {
      const now = clock.now();
      const updated = await records.update(
        guildId,
        now,
        (current): { settings?: ServerSettings; outcome: ResumeOutcome } => {
          if (current === null) return { outcome: { kind: 'not-set-up' } };
          if (!current.paused) return { outcome: { kind: 'not-paused' } };
          const settings = { ...current, paused: false };
          const next = firstPost(settings, now);
          return {
            settings,
            outcome: {
              kind: 'resumed',
              settings,
              nextPostAt: next.nextPostAt,
              nextDay: next.firstDay,
              postsNow: next.postsNow,
            },
          };
        },
      );
      if (updated.kind === 'busy') return updated;
      if (updated.outcome.kind === 'resumed') await wheel.placeServer(updated.outcome.settings, now);
      return updated.outcome;
    },

    async status(guildId: string): Promise<StatusOutcome> {
      const now = clock.now();
      const settings = await records.load(guildId, now);
      if (settings === null) return { kind: 'not-set-up' };
      const next = settings.paused ? { nextPostAt: null, firstDay: null } : firstPost(settings, now);
      const cohort = cohortDay(
        plan,
        settings.startDate,
        localDateOf(now, settings.timezone),
        settings.startDay,
      );
      return {
        kind: 'status',
        settings,
        nextPostAt: next.nextPostAt,
        nextDay: next.firstDay,
        cohort,
        cycle: cohort.kind === 'day' ? cycleNumber(cohort.day) : null,
        problem: settings.problem,
        usage: null,
      };
    },

    /** Turns the server's section recaps on or off; nothing changes for a server not set up. */
    async setRecaps(guildId: string, on: boolean): Promise<RecapsOutcome> {
      const updated = await records.update(
        guildId,
        clock.now(),
        (current): { settings?: ServerSettings; outcome: RecapsOutcome } => {
          if (current === null) return { outcome: { kind: 'not-set-up' } };
          const changed = current.recaps !== on;
          return {
            settings: changed ? { ...current, recaps: on } : undefined,
            outcome: { kind: 'recaps-set', on, changed },
          };
        },
      );
      return updated.kind === 'ok' ? updated.outcome : updated;
    },

    /** The server's settings (null when it was never set up): where its cohort stands. */
    settingsOf: (guildId: string, now: Date): Promise<ServerSettings | null> => records.load(guildId, now),
  };
}

/** The server actions, as built by `createServers`. */
export type Servers = ReturnType<typeof createServers>;
