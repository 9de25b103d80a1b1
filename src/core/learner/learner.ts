import { z } from 'zod';

/** A calendar date in some timezone, `YYYY-MM-DD`. */
export const LocalDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export type LocalDate = string;

/** A wall-clock time, `HH:MM` (24 h). */
export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
export type LocalTime = string;

/** What a learner handed in to prove a checkpoint. */
export const ProofSchema = z.object({
  text: z.string(),
  links: z.array(z.string()),
});
export type Proof = z.infer<typeof ProofSchema>;

/** The coach's assessment of proof against the day's checkpoint (AI coach). */
export const CheckpointAssessmentSchema = z.object({
  verdict: z.enum(['meets', 'partly', 'not-yet']),
  why: z.string(),
  nextStep: z.string(),
});
export type CheckpointAssessment = z.infer<typeof CheckpointAssessmentSchema>;

/** A day the learner completed. `localDate` is the date in the learner's zone at that moment. */
export const CompletionSchema = z.object({
  day: z.number().int().positive(),
  proof: ProofSchema,
  at: z.iso.datetime(),
  localDate: LocalDateSchema,
  assessment: CheckpointAssessmentSchema.nullable(),
});
export type Completion = z.infer<typeof CompletionSchema>;

/** A span of local dates on which the learner was paused; `to` null while still paused. */
export const PauseSchema = z.object({ from: LocalDateSchema, to: LocalDateSchema.nullable() });
export type Pause = z.infer<typeof PauseSchema>;

/**
 * One learner's state. The learner's personal calendar puts the plan's first day on
 * `startDate` (in `timezone`); `/shift` moves it, pauses stretch it.
 */
export const LearnerSchema = z.object({
  id: z.string().min(1),
  displayName: z.string(),
  timezone: z.string().min(1),
  startDate: LocalDateSchema,
  /**
   * The plan day the calendar puts on `startDate` when the learner began at a later cycle (their
   * cohort started there); absent: the plan's first day. Earlier days are neither current nor missed.
   */
  startDay: z.number().int().positive().optional(),
  completions: z.array(CompletionSchema),
  pauses: z.array(PauseSchema),
  /** Local time for the DM reminder, or null when off. */
  reminderTime: LocalTimeSchema.nullable(),
  /** Set when a DM failed with 403; the learner is told once, then it is cleared to 'told'. */
  dmBlocked: z.enum(['no', 'blocked', 'told']),
  /** Local hour for the "your streak ends in N hours" warning, or null when off. */
  streakWarningHour: z.number().int().min(0).max(23).nullable(),
  leaderboardOptOut: z.boolean(),
});
export type Learner = z.infer<typeof LearnerSchema>;
