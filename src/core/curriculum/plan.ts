import { z } from 'zod';

/** A Task or Project bullet: the day's work, with its time when the plan gives one. */
export const ActivitySchema = z.object({
  kind: z.enum(['task', 'project']),
  /** From `Task (30 min)`, else from the day heading's `(30 min)`; null when the plan gives no time. */
  minutes: z.number().int().positive().nullable(),
  /** As written; a nested list under the label follows as Markdown lines (`- step`). */
  text: z.string().min(1),
});
export type Activity = z.infer<typeof ActivitySchema>;

/** One resource: a `[title](https://...)` link (or a bare address), or plain text such as "Industry reports". */
export const ResourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), title: z.string().min(1), url: z.url() }),
  z.object({ kind: z.literal('text'), text: z.string().min(1) }),
]);
export type Resource = z.infer<typeof ResourceSchema>;

/** The LinkedIn or blog post a day asks the learner to write, title without quotes. */
export const PostSchema = z.object({
  kind: z.enum(['linkedin', 'blog']),
  title: z.string().min(1),
  /** A nested list under the post's label (angles, hooks), as Markdown lines; null when there is none. */
  notes: z.string().min(1).nullable(),
});
export type Post = z.infer<typeof PostSchema>;

/** One day of the plan, as the plan author wrote it. Texts keep a label's nested list as Markdown lines. */
export const DaySchema = z.object({
  /** As the plan numbers it (a later cycle starts at 61, 151, ...). */
  day: z.number().int().positive(),
  title: z.string().min(1),
  /** Null when the day has no `Learning Objective:` line. */
  objective: z.string().min(1).nullable(),
  /** The Task and/or Project bullets in the plan's order: one of each at most, at least one. */
  activities: z.array(ActivitySchema).min(1),
  /** Links and text from every `Resource:`/`Resources:` bullet and their nested lists, in order. */
  resources: z.array(ResourceSchema),
  /** Null when the day has no `Python Skill:` bullet. */
  pythonSkill: z.string().min(1).nullable(),
  /** Null when the day has none: proof is then judged against the day's task. */
  checkpoint: z.string().min(1).nullable(),
  post: PostSchema.nullable(),
  /** Every other labelled bullet (Operations, Deliverable, Metrics, ...), in the plan's order. */
  details: z.record(z.string(), z.string().min(1)),
});
export type Day = z.infer<typeof DaySchema>;

/**
 * A group of days: `Module 5: ...`, `Week 2: ...`, or an unnumbered `Days 59-60: ...` block
 * (`number` is null exactly for `days`); `days` are day numbers in order.
 */
export const SectionSchema = z.object({
  kind: z.enum(['module', 'week', 'days']),
  number: z.number().int().nullable(),
  title: z.string().min(1),
  days: z.array(z.number().int().positive()).min(1),
});
export type Section = z.infer<typeof SectionSchema>;

/** A whole study-plan cycle. The key order is the `curriculum export` JSON contract. */
export const PlanSchema = z.object({
  title: z.string().min(1),
  goals: z.array(z.string().min(1)),
  sections: z.array(SectionSchema).min(1),
  days: z.array(DaySchema).min(1),
  /** Checklist items by heading ("Technical Skills Acquired" -> items), without checkbox markup. */
  assessment: z.record(z.string(), z.array(z.string().min(1))),
  successCriteria: z.string(),
});
export type Plan = z.infer<typeof PlanSchema>;

/** A problem found in a plan file, reported as `file:line: message`. */
export interface PlanProblem {
  readonly line: number;
  readonly message: string;
}

/** Outcome of parsing a plan: the plan, or every problem found. */
export type ParsePlanResult =
  | { readonly kind: 'ok'; readonly plan: Plan }
  | { readonly kind: 'invalid'; readonly problems: readonly PlanProblem[] };
