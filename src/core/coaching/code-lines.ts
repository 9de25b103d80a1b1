// A fence opens or closes a code block: ``` or ~~~, with an optional language.
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
// Code written without a fence: a Python or PySpark statement, never a sentence or a list item.
const BARE_CODE = [
  /^\s*(?:def|class)\s+\w+.*:\s*$/,
  /^\s*(?:for|while|if|elif|with|try|except)\b.*:\s*$/,
  /^\s*(?:else|finally)\s*:\s*$/,
  /^\s*(?:import\s+\w|from\s+[\w.]+\s+import\s)/,
  /^\s*return\b(?:\s|$)/,
  /^\s*[A-Za-z_][\w.[\]'"]*\s*(?:[-+*/]?=)\s*(?!=)\S/,
  /^\s*\.?[A-Za-z_][\w.]*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*(?:#.*)?$/,
  /^\s*\.\w+\(/,
  /^\s*[)\]}]+\s*$/,
];

/** True for a line that reads as a statement of code written without a fence. */
export function isBareCode(line: string): boolean {
  return BARE_CODE.some((pattern) => pattern.test(line));
}

/** A line as compared with the learner's own text: trimmed, inner spaces squeezed. */
function normalise(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

/** Every non-blank line of the learner's own text, to tell their code from the coach's. */
export function ownLines(texts: readonly string[]): ReadonlySet<string> {
  return new Set(texts.flatMap((text) => text.split('\n').map(normalise)).filter((line) => line !== ''));
}

/** Lines of code in an answer: all of them, and those the learner sent themselves. */
export interface CodeLines {
  readonly total: number;
  readonly learners: number;
}

/**
 * The lines of code in an answer: non-blank lines of fenced blocks (a fence left open runs to
 * the end, as a cut-off answer does) and statements written without a fence; and how many of
 * them the learner sent themselves (their code, quoted back in a review).
 */
export function countCodeLines(answer: string, own: ReadonlySet<string>): CodeLines {
  let inFence = false;
  let total = 0;
  let learners = 0;
  for (const line of answer.split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    const text = normalise(line);
    if (text === '' || !(inFence || isBareCode(line))) continue;
    total += 1;
    if (own.has(text)) learners += 1;
  }
  return { total, learners };
}

/** The answer without its fenced code blocks: the prose a reader sees around the code. */
export function proseOf(answer: string): string {
  let inFence = false;
  const kept: string[] = [];
  for (const line of answer.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence) kept.push(line);
  }
  return kept.join('\n');
}
