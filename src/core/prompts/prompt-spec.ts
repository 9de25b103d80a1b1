import { listSlots } from './fill-template.js';

/**
 * The prompt files and the slots each must use, no more and no fewer. `system` is the
 * shared, cached prefix: it may only hold what is the same for every learner and day.
 */
export const PROMPT_SLOTS = {
  system: ['plan'],
  ask: ['day', 'related', 'history', 'question'],
  review: ['day', 'post_kind', 'post_title', 'draft_checks', 'draft'],
  checkpoint: ['day', 'proof'],
  recall: ['day', 'card', 'answer'],
  hints: ['day', 'question', 'draft'],
} as const satisfies Record<string, readonly string[]>;

/** The name of a prompt file, without `.txt`. */
export type PromptName = keyof typeof PROMPT_SLOTS;

export const PROMPT_NAMES = Object.keys(PROMPT_SLOTS) as readonly PromptName[];

/** The prompt templates, checked: each uses exactly its slots. */
export type PromptSet = Readonly<Record<PromptName, string>>;

/** Every problem with one template's slots, as messages (empty when it is fine). */
export function checkTemplate(name: PromptName, template: string): string[] {
  const allowed: readonly string[] = PROMPT_SLOTS[name];
  const used = listSlots(template);
  const problems: string[] = [];
  if (template.trim() === '') problems.push('the file is empty');
  for (const slot of used) {
    if (!allowed.includes(slot)) problems.push(`unknown slot {{${slot}}} (allowed: ${allowed.join(', ')})`);
  }
  for (const slot of allowed) {
    if (!used.includes(slot)) problems.push(`missing slot {{${slot}}}`);
  }
  const leftover = template.replace(/\{\{[a-z_]+\}\}/g, '');
  const stray = /\{\{[^{}\n]{0,40}(?:\}\})?|\}\}/.exec(leftover);
  if (stray) problems.push(`malformed slot near "${stray[0].trim()}" (slots look like {{name}})`);
  return problems;
}
