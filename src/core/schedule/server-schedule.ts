import { z } from 'zod';
import { LocalDateSchema, LocalTimeSchema } from '../learner/learner.js';

/** One Discord server's cohort: where and when the daily post goes, and its calendar. */
export const ServerSettingsSchema = z.object({
  guildId: z.string().min(1),
  channelId: z.string().min(1),
  /** Local post time in `timezone`, HH:MM. */
  time: LocalTimeSchema,
  timezone: z.string().min(1),
  /** The cohort's calendar: the plan's first day falls on this local date. */
  startDate: LocalDateSchema,
  paused: z.boolean(),
  /** Post a recap at the end of each section. */
  recaps: z.boolean(),
  /** Last problem seen while posting (deleted channel, missing permission), shown in /coach status. */
  problem: z.string().nullable(),
});
export type ServerSettings = z.infer<typeof ServerSettingsSchema>;
