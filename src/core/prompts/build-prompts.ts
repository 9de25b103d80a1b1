import type { Day, Plan, Post } from '../curriculum/plan.js';
import type { Proof } from '../learner/learner.js';
import type { DraftCheck } from '../review/draft-checks.js';
import { fillTemplate } from './fill-template.js';
import {
  neutraliseDelimiters,
  renderHistory,
  renderProof,
  wrapLearnerText,
  type ConversationTurn,
} from './learner-data.js';
import type { PromptSet } from './prompt-spec.js';
import { postKindLabel, renderDay, renderPlan } from './render-plan.js';

/**
 * The shared prefix: tutor instructions and the whole plan. It depends on the plan
 * alone, never on a learner or day, so every request can reuse the cached copy.
 */
export function buildSharedPrefix(prompts: PromptSet, plan: Plan): string {
  return fillTemplate(prompts.system, { plan: renderPlan(plan) });
}

/**
 * The learner's day and question (with earlier turns), the question fenced as data, and the
 * other days the question is about in `<plan_days>`, so the answer can cite them.
 */
export function buildAskPrompt(
  prompts: PromptSet,
  input: {
    readonly day: Day;
    readonly related?: readonly Day[];
    readonly question: string;
    readonly history: readonly ConversationTurn[];
  },
): string {
  return fillTemplate(prompts.ask, {
    day: renderDay(input.day),
    related: renderRelated(input.related ?? []),
    history: renderHistory(input.history),
    question: wrapLearnerText('learner_question', input.question),
  });
}

/** The day, the draft fenced as data, and the deterministic checks as facts. */
export function buildReviewPrompt(
  prompts: PromptSet,
  input: {
    readonly day: Day;
    readonly postKind: Post['kind'];
    readonly postTitle: string;
    readonly draft: string;
    readonly checks: readonly DraftCheck[];
  },
): string {
  return fillTemplate(prompts.review, {
    day: renderDay(input.day),
    post_kind: postKindLabel(input.postKind),
    // The title may be the learner's own and the checks quote the draft's links: defuse both.
    post_title: neutraliseDelimiters(input.postTitle),
    draft_checks: neutraliseDelimiters(
      input.checks.map((check) => `- ${check.status}: ${check.message}`).join('\n'),
    ),
    draft: wrapLearnerText('learner_draft', input.draft),
  });
}

/** The day, the recall card's question, and the learner's answer to it, fenced as data. */
export function buildRecallPrompt(
  prompts: PromptSet,
  input: { readonly day: Day; readonly question: string; readonly answer: string },
): string {
  return fillTemplate(prompts.recall, {
    day: renderDay(input.day),
    card: neutraliseDelimiters(input.question),
    answer: wrapLearnerText('learner_answer', input.answer),
  });
}

/**
 * A draft answer that handed over the day's work, fenced as data, with the learner's question:
 * the request to rewrite it as steps and hints.
 */
export function buildHintsPrompt(
  prompts: PromptSet,
  input: { readonly day: Day; readonly question: string; readonly draft: string },
): string {
  return fillTemplate(prompts.hints, {
    day: renderDay(input.day),
    question: wrapLearnerText('learner_question', input.question),
    draft: wrapLearnerText('draft_answer', input.draft),
  });
}

/** Other days of the plan, fenced as data; "(none)" when the question is about the learner's day alone. */
function renderRelated(days: readonly Day[]): string {
  if (days.length === 0) return '(none)';
  return `<plan_days>\n${days.map(renderDay).join('\n\n')}\n</plan_days>`;
}

/** The day and the proof handed in for its checkpoint, fenced as data. */
export function buildCheckpointPrompt(
  prompts: PromptSet,
  input: { readonly day: Day; readonly proof: Proof },
): string {
  return fillTemplate(prompts.checkpoint, { day: renderDay(input.day), proof: renderProof(input.proof) });
}
