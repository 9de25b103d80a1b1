import { z } from 'zod';
import { LocalDateSchema, LocalTimeSchema } from '../learner/learner.js';

/** Why a daily post did not go out and will not be retried: the bot may not post, the channel is gone, or Discord never answered. */
export const PostProblemSchema = z.object({
  reason: z.enum(['forbidden', 'gone', 'gave-up']),
  /** The local date of the slot whose post failed. */
  slotDate: LocalDateSchema,
  /** The channel it was meant for. */
  channelId: z.string().min(1),
});
export type PostProblem = z.infer<typeof PostProblemSchema>;

/** One Discord server's cohort: where and when the daily post goes, and its calendar. */
export const ServerSettingsSchema = z.object({
  guildId: z.string().min(1),
  channelId: z.string().min(1),
  /** A forum channel gets each day as its own post (the day's thread); absent: a text channel. */
  channelKind: z.enum(['text', 'forum']).optional(),
  /** Local post time in `timezone`, HH:MM. */
  time: LocalTimeSchema,
  timezone: z.string().min(1),
  /** The cohort's calendar: the plan's first day falls on this local date. */
  startDate: LocalDateSchema,
  /** The plan day posted on `startDate`: the first day of the cycle the cohort started at; absent: the plan's first. */
  startDay: z.number().int().positive().optional(),
  paused: z.boolean(),
  /** Post a recap at the end of each section. */
  recaps: z.boolean(),
  /** Send the "How hard was today?" poll after each daily post; absent (records before the poll): off. */
  dayPoll: z.boolean().optional(),
  /** A friendly DM, at most once a week, to a learner at risk (the admin's switch; off by default). */
  nudges: z.boolean(),
  /** Last problem seen while posting (deleted channel, missing permission), shown in /coach status. */
  problem: PostProblemSchema.nullable(),
});
export type ServerSettings = z.infer<typeof ServerSettingsSchema>;

/**
 * Lifts an older server record to version 3. Version 1's problem was a sentence: its slot date
 * and reason are read back (they were written by the coach); anything else clears it.
 * Versions 1 and 2 had no nudge switch: it reads as off.
 */
export function migrateServerSettings(fromVersion: number, data: unknown): unknown {
  if (fromVersion > 2 || typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const lifted = fromVersion === 1 ? { ...record, problem: problemOfVersion1(record) } : record;
  return { ...lifted, nudges: false };
}

function problemOfVersion1(record: Record<string, unknown>): unknown {
  const text = typeof record.problem === 'string' ? record.problem : null;
  const slotDate = text === null ? null : (/^The (\d{4}-\d{2}-\d{2}) post failed/.exec(text)?.[1] ?? null);
  const reason =
    text === null
      ? null
      : text.includes('not allowed')
        ? 'forbidden'
        : text.includes('no longer exists')
          ? 'gone'
          : 'gave-up';
  return slotDate === null || reason === null ? null : { reason, slotDate, channelId: record.channelId };
}
