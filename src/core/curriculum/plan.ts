import { z } from 'zod';

/** The 30-minute (or longer) piece of work of a day. */
export const ActivitySchema = z.object({
  kind: z.enum(['task', 'project']),
  minutes: z.number().int().positive(),
  text: z.string().min(1),
});
export type Activity = z.infer<typeof ActivitySchema>;

/** A link from a `Resource:` bullet; one bullet may hold several. */
export const ResourceSchema = z.object({ title: z.string().min(1), url: z.url() });
export type Resource = z.infer<typeof ResourceSchema>;

/** The LinkedIn or blog post a day asks the learner to write, title without quotes. */
export const PostSchema = z.object({ kind: z.enum(['linkedin', 'blog']), title: z.string().min(1) });
export type Post = z.infer<typeof PostSchema>;

/** One day of the plan, as the plan author wrote it. */
export const DaySchema = z.object({
  day: z.number().int().positive(),
  title: z.string().min(1),
  objective: z.string().min(1),
  activity: ActivitySchema,
  resources: z.array(ResourceSchema),
  /** Null when the day has no `Python Skill:` bullet. */
  pythonSkill: z.string().min(1).nullable(),
  checkpoint: z.string().min(1),
  post: PostSchema.nullable(),
  /** Every other labelled bullet (Operations, Features, Tools, ...), in the plan's order. */
  details: z.record(z.string(), z.string().min(1)),
});
export type Day = z.infer<typeof DaySchema>;

/** A module or the unnumbered review section; `days` are day numbers in order. */
export const SectionSchema = z.object({
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
