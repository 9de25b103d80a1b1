import { asJourney, cycleOfDay } from '../../core/curriculum/journey.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { cohortDay } from '../../core/schedule/cohort.js';
import { dailyPostDue, nextPost } from '../../core/schedule/daily-post.js';
import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import { localDateOf, parseLocalDate } from '../../core/time/local-date.js';
import { parseLocalTime } from '../../core/time/local-time.js';
import { canonicalTimeZone } from '../../core/time/time-zone.js';
import type { UsageReport } from '../coaching/usage.js';
import type { DailyPostLedger } from '../delivery/daily-post.js';
import type { WheelPlacement } from '../delivery/wheel-placement.js';
import type { Clock } from '../ports.js';
import type { ServerRecords } from '../storage/server-records.js';
import type {
  NudgesOutcome,
  PauseOutcome,
  DayPollOutcome,
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
  /** Whether a day's post went out or was refused; setup and resume try a refused one again. */
  readonly posts: DailyPostLedger;
  /** Notes who set a server up, to be told by DM when its post is refused. */
  readonly noteAdmin: (guildId: string, learnerId: string) => Promise<void>;
  /** The AI coach's calls and tokens in a server; null when the AI coach is off. */
  readonly usageReport: ((guildId: string) => Promise<UsageReport>) | null;
}

/** The post the scheduler will make next, and whether a refused post was just opened again. */
interface Upcoming {
  readonly nextPostAt: Date | null;
  readonly firstDay: number | null;
  readonly postsNow: boolean;
  readonly reopened: boolean;
}

/** Per-server settings actions: setup, pause, resume, status, recaps, and the cohort learners compare with. */
export function createServers(deps: ServersDeps) {
  const { plan, records, wheel, clock } = deps;

  /**
   * The next post the scheduler will make: the slot due now (within grace) unless it already
   * went out or was refused, else the next slot. With `retry` (setup, resume: the admin has
   * just fixed the cause) a refused post due now is opened again and goes out now.
   */
  const upcoming = async (settings: ServerSettings, now: Date, retry: boolean): Promise<Upcoming> => {
    const due = dailyPostDue(plan, settings, now, deps.graceMs);
    if (due.kind === 'post') {
      const state = await deps.posts.stateOf(settings.guildId, due.slotDate);
      const reopened =
        state === 'refused' && retry && (await deps.posts.reopen(settings.guildId, due.slotDate));
      if (state === 'open' || state === 'pending' || reopened)
        return { nextPostAt: now, firstDay: due.day, postsNow: true, reopened };
    }
    const next = nextPost(plan, settings, now);
    if (next?.kind !== 'post') return { nextPostAt: null, firstDay: null, postsNow: false, reopened: false };
    return { nextPostAt: next.at, firstDay: next.day, postsNow: false, reopened: false };
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
          ...(input.channelKind === 'forum' ? { channelKind: 'forum' as const } : {}),
          time: time.time,
          timezone,
          startDate: date.date,
          ...(startDay === undefined ? {} : { startDay }),
          paused: false,
          recaps: current?.recaps ?? true,
          dayPoll: current?.dayPoll ?? false,
          nudges: current?.nudges ?? false,
          problem: null,
        };
        return { settings, outcome: settings };
      });
      if (updated.kind === 'busy') return updated;
      const settings = updated.outcome;
      if (input.setUpBy !== undefined) await deps.noteAdmin(guildId, input.setUpBy);
      const { nextPostAt, firstDay, postsNow } = await upcoming(settings, now, true);
      await wheel.placeServer(settings, now);
      return { kind: 'set-up', settings, nextPostAt, firstDay, postsNow };
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
      const updated = await records.update(guildId, now, (current) => {
        if (current === null) return { outcome: null };
        if (!current.paused) return { outcome: { settings: current, wasPaused: false } };
        const settings = { ...current, paused: false };
        return { settings, outcome: { settings, wasPaused: true } };
      });
      if (updated.kind === 'busy') return updated;
      if (updated.outcome === null) return { kind: 'not-set-up' };
      const { settings, wasPaused } = updated.outcome;
      const next = await upcoming(settings, now, true);
      // Not paused, but today's post was refused and its cause is fixed: resume means "post it now".
      if (!wasPaused && !next.reopened) return { kind: 'not-paused' };
      await wheel.placeServer(settings, now);
      if (!wasPaused) return { kind: 'retrying', day: next.firstDay ?? 0, channelId: settings.channelId };
      const { nextPostAt, firstDay: nextDay, postsNow } = next;
      return { kind: 'resumed', settings, nextPostAt, nextDay, postsNow };
    },

    async status(guildId: string): Promise<StatusOutcome> {
      const now = clock.now();
      const settings = await records.load(guildId, now);
      if (settings === null) return { kind: 'not-set-up' };
      const next = settings.paused
        ? { nextPostAt: null, firstDay: null }
        : await upcoming(settings, now, false);
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
        usage: deps.usageReport === null ? null : await deps.usageReport(guildId),
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

    /** Turns the "How hard was today?" poll after each daily post on or off; off until an admin turns it on. */
    async setDayPoll(guildId: string, on: boolean): Promise<DayPollOutcome> {
      const updated = await records.update(
        guildId,
        clock.now(),
        (current): { settings?: ServerSettings; outcome: DayPollOutcome } => {
          if (current === null) return { outcome: { kind: 'not-set-up' } };
          const changed = (current.dayPoll ?? false) !== on;
          return {
            settings: changed ? { ...current, dayPoll: on } : undefined,
            outcome: { kind: 'day-poll-set', on, changed },
          };
        },
      );
      return updated.kind === 'ok' ? updated.outcome : updated;
    },

    /** Turns the weekly at-risk nudge DM on or off (off by default); nothing changes for a server not set up. */
    async setNudges(guildId: string, on: boolean): Promise<NudgesOutcome> {
      const updated = await records.update(
        guildId,
        clock.now(),
        (current): { settings?: ServerSettings; outcome: NudgesOutcome } => {
          if (current === null) return { outcome: { kind: 'not-set-up' } };
          const changed = current.nudges !== on;
          return {
            settings: changed ? { ...current, nudges: on } : undefined,
            outcome: { kind: 'nudges-set', on, changed },
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
