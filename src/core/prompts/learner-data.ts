import type { Proof } from '../learner/learner.js';

/** One earlier turn of a conversation with the coach. */
export interface ConversationTurn {
  readonly role: 'user' | 'assistant';
  readonly text: string;
}

/** The tags that fence learner text in a prompt; the prompts name the same tags. */
export type LearnerDataTag =
  | 'learner_question'
  | 'learner_draft'
  | 'learner_proof'
  | 'learner_links'
  | 'learner_answer'
  | 'earlier_question'
  | 'earlier_answer'
  | 'draft_answer';

// Anything that could open or close a tag (`<x`, `</x`, `< /x`, full-width `＜`) loses its
// bracket, so learner text can never end its own data block or open one that looks like
// ours. The look-alike `‹` keeps code such as `List<String>` readable.
const TAG_START = /[<＜](?=\s*[/／]?\s*[A-Za-z_!?])/g;

/** Learner text with every tag-like sequence defused. */
export function neutraliseDelimiters(text: string): string {
  return text.replace(TAG_START, '‹');
}

/** Learner text fenced as data: `<tag>\n...\n</tag>`, with its own tags defused. */
export function wrapLearnerText(tag: LearnerDataTag, text: string): string {
  return `<${tag}>\n${neutraliseDelimiters(text.trim())}\n</${tag}>`;
}

/** Earlier turns, oldest first, each fenced; "(none)" for a new conversation. */
export function renderHistory(history: readonly ConversationTurn[]): string {
  if (history.length === 0) return '(none)';
  return history
    .map((turn) => wrapLearnerText(turn.role === 'user' ? 'earlier_question' : 'earlier_answer', turn.text))
    .join('\n');
}

/** Proof text and links, each fenced. */
export function renderProof(proof: Proof): string {
  const text = wrapLearnerText('learner_proof', proof.text.trim() === '' ? '(no text)' : proof.text);
  const links = proof.links.length === 0 ? '(no links)' : proof.links.map((link) => `- ${link}`).join('\n');
  return `${text}\n${wrapLearnerText('learner_links', links)}`;
}
