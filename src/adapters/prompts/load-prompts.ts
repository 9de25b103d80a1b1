import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkTemplate,
  PROMPT_NAMES,
  type PromptName,
  type PromptSet,
} from '../../core/prompts/prompt-spec.js';

/** A problem with one prompt file, reported as `file: message`. */
export interface PromptProblem {
  readonly file: string;
  readonly message: string;
}

/** The checked prompt templates, or every problem found in every file. */
export type LoadPromptsResult =
  | { readonly kind: 'ok'; readonly prompts: PromptSet }
  | { readonly kind: 'invalid'; readonly problems: readonly PromptProblem[] };

/**
 * Reads `system.txt`, `ask.txt`, `review.txt` and `checkpoint.txt` from `dir` and checks
 * that each uses exactly its slots. Never throws for a missing or broken file.
 */
export async function loadPrompts(dir: string): Promise<LoadPromptsResult> {
  const loaded = await Promise.all(PROMPT_NAMES.map((name) => loadOne(dir, name)));
  const problems = loaded.flatMap((one) => one.problems);
  if (problems.length > 0) return { kind: 'invalid', problems };
  const prompts = Object.fromEntries(loaded.map((one) => [one.name, one.text])) as Record<PromptName, string>;
  return { kind: 'ok', prompts };
}

/** Problems as lines for a start-up error: `prompts/ask.txt: missing slot {{question}}`. */
export function formatPromptProblems(problems: readonly PromptProblem[]): string {
  return problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n');
}

async function loadOne(dir: string, name: PromptName) {
  const file = join(dir, `${name}.txt`);
  try {
    const text = await readFile(file, 'utf8');
    return { name, text, problems: checkTemplate(name, text).map((message) => ({ file, message })) };
  } catch (error) {
    const message = isMissing(error) ? 'file not found' : `cannot be read (${String(error)})`;
    return { name, text: '', problems: [{ file, message }] };
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
