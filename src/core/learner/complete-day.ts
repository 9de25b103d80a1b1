import { dayRange } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import { localDateOf } from '../time/local-date.js';
import type { CheckpointAssessment, Completion, Learner, Proof } from './learner.js';
import { checkProof, repeatedProofDay, type MAX_PROOF_TEXT } from './proof.js';
import { currentDay } from './progress.js';
import { planIndexOf } from './plan-days.js';

/** A request to mark a day done. `day` defaults to the learner's current day. */
export interface CompleteDayInput {
  readonly proof: Proof;
  readonly day?: number;
  readonly now: Date;
  /** The coach's judgement of the proof, when the AI coach gave one. */
  readonly assessment?: CheckpointAssessment | null;
}

/** Outcome of {@link completeDay}. */
export type CompleteDayResult =
  | {
      readonly kind: 'done';
      readonly learner: Learner;
      readonly day: number;
      /** The learner's new current day, or null when this completed the plan. */
      readonly next: number | null;
      readonly finished: boolean;
    }
  | { readonly kind: 'already-done'; readonly day: number }
  | { readonly kind: 'not-current'; readonly day: number; readonly current: number }
  | { readonly kind: 'finished' }
  | { readonly kind: 'no-such-day'; readonly first: number; readonly last: number }
  | { readonly kind: 'proof-missing' }
  | { readonly kind: 'proof-too-long'; readonly max: typeof MAX_PROOF_TEXT }
  | { readonly kind: 'bad-link'; readonly link: string }
  /** The proof is the one already handed in for `day` (a double submit, a retried form). */
  | { readonly kind: 'same-proof'; readonly day: number; readonly current: number };

/**
 * Marks the learner's current day done with its proof. Only the current day can be
 * completed, so days are always done in plan order, and never with the proof just handed in
 * for the day before. The completion keeps the instant and
 * the learner's local date at that instant; streaks are counted from that date.
 */
export function completeDay(plan: Plan, learner: Learner, input: CompleteDayInput): CompleteDayResult {
  if (input.day !== undefined && planIndexOf(plan, input.day) === -1) {
    return { kind: 'no-such-day', ...dayRange(plan) };
  }
  if (input.day !== undefined && learner.completions.some((c) => c.day === input.day)) {
    return { kind: 'already-done', day: input.day };
  }
  const current = currentDay(plan, learner);
  if (current === null) return { kind: 'finished' };
  const day = input.day ?? current;
  if (day !== current) return { kind: 'not-current', day, current };

  const check = checkProof(input.proof);
  if (check.kind !== 'ok') return check;
  const repeated = repeatedProofDay(learner.completions, check.proof);
  if (repeated !== null) return { kind: 'same-proof', day: repeated, current: day };

  const completion: Completion = {
    day,
    proof: check.proof,
    at: input.now.toISOString(),
    localDate: localDateOf(input.now, learner.timezone),
    assessment: input.assessment ?? null,
  };
  const updated: Learner = { ...learner, completions: [...learner.completions, completion] };
  const next = currentDay(plan, updated);
  return { kind: 'done', learner: updated, day, next, finished: next === null };
}
