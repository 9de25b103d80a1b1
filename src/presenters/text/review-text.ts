import { renderShare } from './share-text.js';
import type { Metered, ProofFeedback, ReviewOutcome, SubmitOutcome } from '../../app/coaching/outcomes.js';
import type { ProofFileOutcome } from '../../app/study/proof-files.js';
import { MAX_PROOF_FILE_BYTES } from '../../core/learner/proof.js';
import { MAX_DRAFT_CHARS } from '../../app/coaching/draft-review.js';
import type { CheckpointAssessment } from '../../core/learner/learner.js';
import type { Post } from '../../core/curriculum/plan.js';
import type { DraftCheck } from '../../core/review/draft-checks.js';
import type { DraftLength } from '../../core/review/post-length.js';
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

/** Whether the saved draft counts as a post; when it is too short, by how much. */
function savedLine(kind: Post['kind'], length: DraftLength): string {
  if (length.counts) return 'Saved.';
  const unit = length.unit === 'words' ? (length.length === 1 ? 'word' : 'words') : 'characters';
  return `Saved, but too short to count as a ${postKindLabel(kind)}: ${number(length.length)} ${unit}; it counts from ${number(length.min)} ${length.unit}.`;
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
        `${savedLine(outcome.postKind, outcome.length)} Posts written: ${written.linkedin} LinkedIn, ${written.blog} blog.`,
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

/** Handing in proof: the completion first, what became of a file, then the coach's feedback on it. */
export function renderSubmitted(outcome: SubmitOutcome, when: WhenFormat = plainUtc): string {
  const done = renderDone(outcome.done);
  if (outcome.done.kind !== 'done') return done;
  const measure = outcome.done.day.day.checkpoint === null ? 'task' : 'checkpoint';
  const feedback = renderProofFeedback(outcome.feedback, when, measure);
  const file = outcome.file === undefined ? [] : [renderProofFile(outcome.file)];
  const share = outcome.share === undefined ? [] : [renderShare(outcome.share)];
  return [done, ...file, ...share, ...(feedback.length === 0 ? [] : [feedback.join('\n')])].join('\n\n');
}

const megabytes = (bytes: number): string => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

/** What became of a proof file: kept for good, or only its expiring link. */
export function renderProofFile(file: ProofFileOutcome): string {
  const name = `"${file.name.slice(0, 80)}"`;
  return file.kind === 'kept'
    ? `I kept a copy of ${name} with your proof; /export hands it back.`
    : `I couldn't keep a copy of ${name}, so your proof has only its link, which expires in about a day. Keep the file somewhere lasting (a GitHub repo, a gist, a shared drive).`;
}

/** Where a proof was handed in: `/done` or the day's proof form (Submit proof). */
export type ProofEntry = 'done-command' | 'proof-form';

const SEND_AGAIN: Readonly<Record<ProofEntry, string>> = {
  'done-command': 'Send /done again with a lasting link in link:',
  'proof-form': 'Press Submit proof again with a lasting link in the link box',
};

/**
 * A proof file over the size kept: nothing was saved, and the learner gets their text back to
 * send again the way they came (`/done` or the proof form).
 */
export function renderProofFileTooLarge(
  file: { readonly name: string; readonly size: number },
  proofText: string,
  entry: ProofEntry = 'done-command',
): string {
  const text = proofText.trim();
  return [
    `"${file.name.slice(0, 80)}" is ${megabytes(file.size)}: I keep proof files up to ${megabytes(MAX_PROOF_FILE_BYTES)}, and Discord's link to a larger one expires in about a day. Nothing was saved.`,
    `${SEND_AGAIN[entry]} (a GitHub repo, a gist, a shared drive), or a smaller file.`,
    ...(text === '' ? [] : ['Your proof, to paste again:', text]),
  ].join('\n');
}
