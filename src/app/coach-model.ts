import type { Day, Plan, Post } from '../core/curriculum/plan.js';
import type { CheckpointAssessment, Proof } from '../core/learner/learner.js';
import type { ConversationTurn } from '../core/prompts/learner-data.js';
import type { PostReview } from '../core/review/post-review.js';

/** Tokens one model call used; the cache counters are 0 when nothing was cached. */
export interface TokenUsage {
  readonly input: number;
  readonly output: number;
  readonly cacheRead: number;
  readonly cacheWrite: number;
}

/** Why a model call gave no answer. `describeModelFailure` turns each into a sentence. */
export type ModelFailureReason =
  'rate-limited' | 'overloaded' | 'timed-out' | 'not-configured' | 'bad-output' | 'unavailable';

/** A model call that gave no answer; `retryAfterSeconds` when the API said how long to wait. */
export interface ModelFailure {
  readonly kind: 'failed';
  readonly reason: ModelFailureReason;
  readonly retryAfterSeconds?: number;
}

/** The answer of a model call, or why there is none. Never thrown. */
export type ModelOutcome<T> =
  { readonly kind: 'ok'; readonly value: T; readonly usage: TokenUsage } | ModelFailure;

/** A concept question about the learner's current day, with the conversation so far. */
export interface AskInput {
  readonly plan: Plan;
  readonly day: Day;
  readonly question: string;
  /** Earlier turns, oldest first; empty for a new conversation. */
  readonly history: readonly ConversationTurn[];
}

/** A LinkedIn or blog draft to review against the day's objective. */
export interface ReviewInput {
  readonly plan: Plan;
  readonly day: Day;
  readonly postKind: Post['kind'];
  readonly postTitle: string;
  readonly draft: string;
}

/** Proof handed in for the day's checkpoint. */
export interface ProofInput {
  readonly plan: Plan;
  readonly day: Day;
  readonly proof: Proof;
}

/**
 * The LLM coach port. Learner text is passed as data and never followed as instructions;
 * every call resolves (failures are outcomes), and none throws for API trouble.
 */
export interface CoachModel {
  /** Streams the answer: `onText` gets each piece in order; the outcome holds the whole text. */
  ask(input: AskInput, onText: (delta: string) => void): Promise<ModelOutcome<string>>;
  review(input: ReviewInput): Promise<ModelOutcome<PostReview>>;
  assessProof(input: ProofInput): Promise<ModelOutcome<CheckpointAssessment>>;
}
