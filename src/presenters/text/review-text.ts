import type { Metered, ProofFeedback, ReviewOutcome, SubmitOutcome } from '../../app/coaching/outcomes.js';
import { MAX_DRAFT_CHARS } from '../../app/coaching/draft-review.js';
import type { CheckpointAssessment } from '../../core/learner/learner.js';
import type { DraftCheck } from '../../core/review/draft-checks.js';
import { postKindLabel } from '../../core/prompts/render-plan.js';
import { REVIEW_CRITERIA, type PostReview, type ReviewCriterion } from '../../core/review/post-review.js';
import {
  aiAnswersLeft,
  plainUtc,
  renderAiFailed,
  renderQuotaSpent,
  type WhenFormat,
} from './coaching-text.js';
import { renderDone, renderStoreTrouble } from './study-text.js';

/** A review's verdict in words. */
export const VERDICT: Readonly<Record<PostReview['verdict'], string>> = {
  ready: 'Ready to post',
  almost: 'Almost there',
  'needs-work': 'Needs work',
};

/** The rubric's criteria in the words the prompt and the learner use, never the field names. */
export const CRITERION: Readonly<Record<ReviewCriterion, string>> = {
  coversObjective: 'Covers the objective',
  technicallyAccurate: 'Technically accurate',
  hook: 'Hook',
  structure: 'Structure',
  callToAction: 'Call to action',
  fitsFormat: 'Fits the format',
};

const ASSESSMENT: Readonly<Record<CheckpointAssessment['verdict'], string>> = {
  meets: 'meets the checkpoint',
  partly: 'partly there',
  'not-yet': 'not there yet',
};

/** What proof was judged against: the day's checkpoint, or its task when the day has none. */
export type ProofMeasure = 'checkpoint' | 'task';

const FEEDBACK_ON: Readonly<Record<ProofMeasure, string>> = {
  checkpoint: 'Checkpoint feedback',
  task: 'Feedback on the task (this day has no checkpoint)',
};

const number = (n: number): string => n.toLocaleString('en-US');

/** One line per deterministic check: ✓ when it passed, ! when it asks for a change. */
export function renderChecks(checks: readonly DraftCheck[]): string[] {
  return checks.map((check) => `${check.status === 'pass' ? '✓' : '!'} ${check.message}`);
}

function renderRubric(review: PostReview): string[] {
  const lines = [`Verdict: ${VERDICT[review.verdict]}`];
  for (const criterion of REVIEW_CRITERIA) {
    const { score, reason } = review.criteria[criterion];
    lines.push(`- ${CRITERION[criterion]}: ${score}/5 · ${reason}`);
  }
  const fixes = review.fixes.slice(0, 3);
  if (fixes.length > 0) lines.push('Fixes:', ...fixes.map((fix, index) => `${index + 1}. ${fix}`));
  lines.push(`Try opening with: "${review.suggestedOpening}"`);
  const strength = review.strengths[0];
  if (strength !== undefined) lines.push(`Works well: ${strength}`);
  return lines;
}

function renderAiPart(ai: Metered<PostReview>, when: WhenFormat): string[] {
  switch (ai.kind) {
    case 'ok':
      return renderRubric(ai.value);
    case 'offline':
      return ['The AI review is off here (no API key); these checks still apply.'];
    case 'quota-spent':
      return [`${renderQuotaSpent(ai, when)} These checks still apply.`];
    case 'failed':
      return [`${renderAiFailed(ai)} These checks still apply.`];
  }
}

/** A review, scannable: verdict, one line per criterion, at most three fixes, an opening line, then the checks. */
export function renderReview(outcome: ReviewOutcome, when: WhenFormat = plainUtc): string {
  switch (outcome.kind) {
    case 'reviewed': {
      const { day } = outcome.day;
      const written = outcome.postsWritten;
      return [
        `Review of your ${postKindLabel(outcome.postKind)} for Day ${day.day}: "${outcome.postTitle}"`,
        ...renderAiPart(outcome.ai, when),
        'Checks:',
        ...renderChecks(outcome.checks),
        `Saved. Posts written: ${written.linkedin} LinkedIn, ${written.blog} blog.`,
        ...(outcome.ai.kind === 'ok' ? [aiAnswersLeft(outcome.ai.remaining)] : []),
      ].join('\n');
    }
    case 'draft-missing':
      return 'Paste your draft to review it: the text of your LinkedIn post or blog post.';
    case 'draft-too-long':
      // A file already has the larger limit: pointing to a file only helps a form's draft.
      return outcome.max < MAX_DRAFT_CHARS.file
        ? `That draft is ${number(outcome.length)} characters; I can review up to ${number(outcome.max)}. Trim it, or attach it as a .md or .txt file (up to ${number(MAX_DRAFT_CHARS.file)}).`
        : `That draft is ${number(outcome.length)} characters; I can review up to ${number(outcome.max)}. Trim it and send it again.`;
    default:
      return renderStoreTrouble(outcome);
  }
}

/** Checkpoint feedback in a few lines; empty when there is nothing to add (offline, or never assessed). */
export function renderProofFeedback(
  feedback: ProofFeedback,
  when: WhenFormat = plainUtc,
  measure: ProofMeasure = 'checkpoint',
): string[] {
  switch (feedback.kind) {
    case 'ok': {
      const { verdict, why, nextStep } = feedback.value;
      const assessment = measure === 'task' && verdict === 'meets' ? 'the task is done' : ASSESSMENT[verdict];
      return [
        `${FEEDBACK_ON[measure]}: ${assessment}.`,
        `Why: ${why}`,
        `Next step: ${nextStep}`,
        ...(verdict === 'meets'
          ? []
          : ['Your day counts either way; this feedback is saved with your proof.']),
        aiAnswersLeft(feedback.remaining),
      ];
    }
    case 'quota-spent':
      return [`No ${noun(measure)} this time: ${renderQuotaSpent(feedback, when)}`];
    case 'failed':
      return [`No ${noun(measure)} this time: ${renderAiFailed(feedback)}`];
    default:
      return [];
  }
}

const noun = (measure: ProofMeasure): string =>
  measure === 'checkpoint' ? 'checkpoint feedback' : 'feedback on the task';

/** Handing in proof: the completion first, then the coach's feedback on it. */
export function renderSubmitted(outcome: SubmitOutcome, when: WhenFormat = plainUtc): string {
  const done = renderDone(outcome.done);
  if (outcome.done.kind !== 'done') return done;
  const measure = outcome.done.day.day.checkpoint === null ? 'task' : 'checkpoint';
  const feedback = renderProofFeedback(outcome.feedback, when, measure);
  return feedback.length === 0 ? done : `${done}\n\n${feedback.join('\n')}`;
}
