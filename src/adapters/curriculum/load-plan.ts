import { readFile } from 'node:fs/promises';
import { parsePlan } from '../../core/curriculum/parse-plan.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { checkRecallCards } from '../../core/recall/recall-cards.js';

/** Outcome of loading a plan file: the plan, its problems as `file:line: message`, or why it can't be read. */
export type LoadPlanResult =
  | { readonly kind: 'ok'; readonly plan: Plan }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | { readonly kind: 'unreadable'; readonly message: string };

/**
 * Reads and parses a plan file, and checks the recall cards it makes; `path` is used as
 * given in problem lines.
 */
export async function loadPlanFile(path: string): Promise<LoadPlanResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'unreadable', message: `cannot read ${path}: ${reason}` };
  }
  const parsed = parsePlan(text);
  if (parsed.kind === 'ok') {
    const cardProblems = checkRecallCards(parsed.plan);
    if (cardProblems.length === 0) return parsed;
    return { kind: 'invalid', problems: cardProblems.map((problem) => `${path}: ${problem}`) };
  }
  return {
    kind: 'invalid',
    problems: parsed.problems.map(({ line, message }) => `${path}:${line}: ${message}`),
  };
}
