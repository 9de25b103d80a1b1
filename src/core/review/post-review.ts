import { z } from 'zod';

/** One rubric line: a 1-5 score and the reason in one line. */
export const CriterionScoreSchema = z.object({
  score: z.number().int().min(1).max(5),
  reason: z.string().min(1).describe('One line, under 120 characters.'),
});
export type CriterionScore = z.infer<typeof CriterionScoreSchema>;

/** The rubric's criteria, in the order a review shows them. */
export const REVIEW_CRITERIA = [
  'coversObjective',
  'technicallyAccurate',
  'hook',
  'structure',
  'callToAction',
  'fitsFormat',
] as const;
export type ReviewCriterion = (typeof REVIEW_CRITERIA)[number];

/**
 * The AI coach's review of a LinkedIn or blog draft. Exactly the six criteria: keys the model
 * adds are stripped and a missing one fails validation, so a draft cannot change the shape.
 */
export const PostReviewSchema = z.object({
  verdict: z.enum(['ready', 'almost', 'needs-work']),
  criteria: z.object({
    coversObjective: CriterionScoreSchema,
    technicallyAccurate: CriterionScoreSchema,
    hook: CriterionScoreSchema,
    structure: CriterionScoreSchema,
    callToAction: CriterionScoreSchema,
    fitsFormat: CriterionScoreSchema,
  }),
  strengths: z.array(z.string().min(1)),
  fixes: z.array(z.string().min(1)).max(3),
  suggestedOpening: z.string().min(1),
});
export type PostReview = z.infer<typeof PostReviewSchema>;
