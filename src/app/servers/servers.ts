import type { Plan } from '../../core/curriculum/plan.js';
import { cohortDay, type CohortSchedule } from '../../core/schedule/cohort.js';
import { dailyPostDue, nextPost } from '../../core/schedule/daily-post.js';
import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import { localDateOf, parseLocalDate } from '../../core/time/local-date.js';
import { parseLocalTime } from '../../core/time/local-time.js';
import { canonicalTimeZone } from '../../core/time/time-zone.js';
import type { Clock } from '../ports.js';
import type { ServerRecords } from '../storage/server-records.js';
import { TtlCache } from '../caching/ttl-cache.js';
import type {
  Cohort,
  PauseOutcome,
  ResumeOutcome,
  SetupInput,
  SetupOutcome,
  StatusOutcome,
} from './outcomes.js';

/** What server actions tell the post scheduler; the composition root binds it to post-schedule. */
export interface PostScheduling {
  schedule(settings: ServerSettings, now: Date): Promise<void>;
  unschedule(guildId: string): Promise<void>;
}

/** Dependencies of the server actions. */
export interface ServersDeps {
  readonly plan: Plan;
  readonly records: ServerRecords;
  readonly clock: Clock;
  readonly scheduling: PostScheduling;
  /** How late a missed post may still go out (POST_GRACE_HOURS). */
  readonly graceMs: number;
}

// Every learner command reads its server's cohort: kept briefly, a burst of commands in one server
// costs one store read. Setup changes the cohort and runs in this process (guild commands reach the
// process that owns the guild), which drops the kept copy at once.
const COHORT_TTL_MS = 30_000;
const COHORT_SERVERS_KEPT = 10_000;

/** Per-server settings actions: setup, pause, resume, status, and the cohort learners compare with. */
export function createServers(deps: ServersDeps) {
  const { plan, records, scheduling } = deps;
  const kept = new TtlCache<ServerSettings | null>(COHORT_TTL_MS, COHORT_SERVERS_KEPT);
  const update: ServerRecords['update'] = async (guildId, now, change) => {
    try {
      return await records.update(guildId, now, change);
    } finally {
      kept.delete(guildId);
    }
  };

  /** The first post the scheduler will make: now when a slot is due, else the next slot. */
  const firstPost = (schedule: CohortSchedule, now: Date) => {
    const due = dailyPostDue(plan, schedule, now, deps.graceMs);
    if (due.kind === 'post') return { nextPostAt: now, firstDay: due.day, postsNow: true };
    const next = nextPost(plan, schedule, now);
    if (next?.kind !== 'post') return { nextPostAt: null, firstDay: null, postsNow: false };
    return { nextPostAt: next.at, firstDay: next.day, postsNow: false };
  };

  return {
    async setup(guildId: string, input: SetupInput, now: Date): Promise<SetupOutcome> {
      const time = parseLocalTime(input.time);
      if (time.kind !== 'ok') return { kind: 'bad-time', time: input.time };
      const timezone = canonicalTimeZone(input.timezone);
      if (timezone === null) return { kind: 'unknown-timezone', timezone: input.timezone };
      const date = parseLocalDate(input.startDate);
      if (date.kind !== 'ok') return { kind: 'bad-date', date: input.startDate };
      const position = cohortDay(plan, date.date, localDateOf(now, timezone));
      if (position.kind === 'finished')
        return { kind: 'past-last-day', lastDay: position.lastDay, startDate: date.date };
      const updated = await update(guildId, now, (current) => {
        const settings: ServerSettings = {
          guildId,
          channelId: input.channelId,
          time: time.time,
          timezone,
          startDate: date.date,
          paused: false,
          recaps: current?.recaps ?? true,
          problem: null,
        };
        return { settings, outcome: { kind: 'set-up' as const, settings, ...firstPost(settings, now) } };
      });
      if (updated.kind === 'busy') return updated;
      await scheduling.schedule(updated.outcome.settings, now);
      return updated.outcome;
    },

    async pause(guildId: string, now: Date): Promise<PauseOutcome> {
      const updated = await update(
        guildId,
        now,
        (current): { settings?: ServerSettings; outcome: PauseOutcome } => {
          if (current === null) return { outcome: { kind: 'not-set-up' } };
          if (current.paused) return { outcome: { kind: 'already-paused' } };
          return { settings: { ...current, paused: true }, outcome: { kind: 'paused' } };
        },
      );
      if (updated.kind === 'busy') return updated;
      if (updated.outcome.kind === 'paused') await scheduling.unschedule(guildId);
      return updated.outcome;
    },

    async resume(guildId: string, now: Date): Promise<ResumeOutcome> {
      const updated = await update(
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
      if (updated.outcome.kind === 'resumed') await scheduling.schedule(updated.outcome.settings, now);
      return updated.outcome;
    },

    async status(guildId: string, now: Date): Promise<StatusOutcome> {
      const settings = await records.load(guildId, now);
      if (settings === null) return { kind: 'not-set-up' };
      const next = settings.paused ? { nextPostAt: null, firstDay: null } : firstPost(settings, now);
      return {
        kind: 'status',
        settings,
        nextPostAt: next.nextPostAt,
        nextDay: next.firstDay,
        cohort: cohortDay(plan, settings.startDate, localDateOf(now, settings.timezone)),
        problem: settings.problem,
        usage: null,
      };
    },

    /** The server's cohort today, or null when the server has none (or for DMs). */
    async cohortOf(guildId: string | null, now: Date): Promise<Cohort | null> {
      if (guildId === null) return null;
      const settings = await kept.get(guildId, now, () => records.load(guildId, now));
      if (settings === null) return null;
      const position = cohortDay(plan, settings.startDate, localDateOf(now, settings.timezone));
      return { startDate: settings.startDate, timezone: settings.timezone, position };
    },
  };
}

/** The server actions, as built by `createServers`. */
export type Servers = ReturnType<typeof createServers>;
