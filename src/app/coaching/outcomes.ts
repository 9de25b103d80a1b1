import type { Leak } from '../../core/coaching/answer-guard.js';
import type { DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Post } from '../../core/curriculum/plan.js';
import type { CheckpointAssessment } from '../../core/learner/learner.js';
import type { DraftCheck } from '../../core/review/draft-checks.js';
import type { PostReview } from '../../core/review/post-review.js';
import type { DraftLength } from '../../core/review/post-length.js';
import type { ModelFailureReason } from '../ports.js';
import type { PostsWritten } from '../../core/progress/posts-written.js';
import type { StoreTrouble } from '../storage/learners.js';
import type { ProofFileOutcome } from '../study/proof-files.js';
import type { DoneOutcome } from '../study/study.js';

/** No API key: the coach answers from the plan alone. */
export type AiOff = { readonly kind: 'offline' };

/** The learner's calls for today are used up; nothing was sent to the model. */
export type QuotaSpent = { readonly kind: 'quota-spent'; readonly resetsAt: Date; readonly limit: number };

/** The model gave no answer; the call was not charged. */
export type AiFailed = {
  readonly kind: 'failed';
  readonly reason: ModelFailureReason;
  readonly retryAfterSeconds?: number;
  readonly remaining: number;
};

/** What a metered model call gave: its value with the calls left today, or why there is none. */
export type Metered<T> =
  | { readonly kind: 'ok'; readonly value: T; readonly remaining: number; readonly limit: number }
  | AiOff
  | QuotaSpent
  | AiFailed;

/** Another day of the plan a question is about, with its lines that match the question. */
export interface RelatedDay {
  readonly place: DayPlace;
  readonly material: readonly string[];
}

/**
 * Outcome of a question. Offline, `material` holds the lines of the learner's day that match
 * the question (empty when the day is not about it) and `related` the other days that are.
 */
export type AskOutcome =
  | {
      readonly kind: 'answered';
      readonly text: string;
      readonly day: DayPlace;
      readonly remaining: number;
      readonly limit: number;
    }
  | {
      /** The model's answer handed over the day's work; a second call rewrote it as steps and hints. */
      readonly kind: 'rewritten';
      readonly text: string;
      readonly leak: Leak['kind'];
      readonly day: DayPlace;
      readonly remaining: number;
      readonly limit: number;
    }
  | {
      /** The model's answer handed over the day's work and could not be rewritten: the day's own hints instead. */
      readonly kind: 'hints-only';
      readonly hints: readonly string[];
      readonly leak: Leak['kind'];
      readonly day: DayPlace;
      readonly remaining: number;
      readonly limit: number;
    }
  | {
      readonly kind: 'offline';
      readonly day: DayPlace;
      readonly material: readonly string[];
      readonly related: readonly RelatedDay[];
    }
  | QuotaSpent
  | AiFailed
  | { readonly kind: 'question-missing' }
  | { readonly kind: 'question-too-long'; readonly max: number; readonly length: number }
  | StoreTrouble;

/** Where a draft came from; each source has its own size limit. */
export type DraftSource = 'modal' | 'file' | 'console';

/** Outcome of a draft review: the deterministic checks always, the model's review when it gave one. */
export type ReviewOutcome =
  | {
      readonly kind: 'reviewed';
      readonly day: DayPlace;
      readonly postKind: Post['kind'];
      readonly postTitle: string;
      readonly checks: readonly DraftCheck[];
      readonly ai: Metered<PostReview>;
      readonly postsWritten: PostsWritten;
      /** The draft against its kind's floor: a shorter one is saved but not counted as a post. */
      readonly length: DraftLength;
    }
  | { readonly kind: 'draft-missing' }
  | { readonly kind: 'draft-too-long'; readonly max: number; readonly length: number }
  | StoreTrouble;

/** The coach's feedback on proof; `not-assessed` when the proof never reached the model (bad proof, wrong day). */
export type ProofFeedback = Metered<CheckpointAssessment> | { readonly kind: 'not-assessed' };

/** Outcome of handing in proof: the completion as study.done reports it, and the feedback. */
export interface SubmitOutcome {
  readonly done: DoneOutcome;
  readonly feedback: ProofFeedback;
  /** What became of a file handed in with the proof, when the day was recorded. */
  readonly file?: ProofFileOutcome;
}
