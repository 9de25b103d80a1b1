import type { Day } from '../curriculum/plan.js';

/** A term a post about the day is expected to mention; title terms weigh more. */
export interface KeyTerm {
  readonly term: string;
  readonly fromTitle: boolean;
}

// Words that name the kind of work or glue a title together, not its topic. Lower-case.
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and or the of to in on for with from by at as is are be can your you my our this that ' +
    'vs versus why how what when first basic basics introduction intro fundamentals overview module ' +
    'project day days part advanced end complete building production guide key lessons between ' +
    'read write use learn study understand master create build optimize compare prepare'
  ).split(' '),
);
const SEGMENT_BREAK = /[,;:!?()[\]/|"“”]+|\s[-–—]\s/;
// A plain capitalised word opening a sentence is usually a verb ("Study", "Optimize").
const SENTENCE_OPENER = /(^|[.!?:]\s+)[A-Z][a-z]+(?=\s|$)/g;
const MAX_TERMS = 8;
const MAX_RUN_WORDS = 3;

/**
 * The day's key terms: the title's topic words, then the tech terms of the objective, post
 * title, task and detail bullets (capitalised runs like "Cluster Manager", acronyms,
 * CamelCase, calls like `cache()`), then long words of the objective. At most eight.
 */
export function deriveKeyTerms(day: Day): KeyTerm[] {
  const found: KeyTerm[] = [];
  const add = (term: string, fromTitle: boolean) => {
    const stems = stemOf(term).split(' ');
    const known = found.map((other) => stemOf(other.term));
    if (stems.some((stem) => known.includes(stem)) || known.includes(stems.join(' '))) return;
    found.push({ term, fromTitle });
  };
  for (const run of runsOf(day.title, () => true)) for (const word of run.split(' ')) add(word, true);
  const details = Object.values(day.details);
  const addRuns = (text: string, keep: (word: string) => boolean) => {
    for (const run of runsOf(text.replace(SENTENCE_OPENER, '$1|'), keep)) {
      const words = run.split(' ');
      for (const term of words.length > MAX_RUN_WORDS ? words : [run]) add(term, false);
    }
  };
  const objective = day.objective ?? '';
  addRuns(objective, isTechWord);
  // Post titles are in Title Case, so only acronyms and CamelCase stand out there.
  addRuns(day.post?.title ?? '', (word) => /[A-Z].*[A-Z]/.test(word));
  for (const text of [...day.activities.map((activity) => activity.text), ...details]) {
    addRuns(text, isTechWord);
  }
  for (const text of details) for (const call of text.match(/\b\w+\(\)/g) ?? []) add(call, false);
  for (const word of objective.match(/\b[a-z][a-z-]{8,}\b/g) ?? []) add(word, false);
  return found.slice(0, MAX_TERMS);
}

/** True when `text` mentions the term, ignoring case, a plural and a possessive. */
export function mentionsTerm(text: string, term: string): boolean {
  const words = stemOf(term)
    .split(' ')
    .map((word) => `${escapeRegExp(word)}(?:['’]s|e?s)?`);
  return new RegExp(`(?<!\\w)${words.join('[\\s-]+')}(?!\\w)`, 'i').test(text);
}

/** Runs of consecutive kept words, broken at punctuation, stopwords and bare numbers. */
function runsOf(text: string, keep: (word: string) => boolean): string[] {
  const runs: string[] = [];
  for (const segment of text.split(SEGMENT_BREAK)) {
    let run: string[] = [];
    for (const raw of [...segment.split(/\s+/), '']) {
      const word = raw.replace(/^['‘’]+|[.'‘’]+$/g, '').replace(/['’]s$/, '');
      if (/[A-Za-z]/.test(word) && keep(word) && !STOPWORDS.has(word.toLowerCase())) {
        run.push(word);
      } else if (run.length > 0) {
        runs.push(run.join(' '));
        run = [];
      }
    }
  }
  return runs;
}

function isTechWord(word: string): boolean {
  return /^[A-Z]/.test(word) || /[a-z][A-Z]/.test(word);
}

function stemOf(term: string): string {
  return term
    .toLowerCase()
    .replace(/\(\)$/, '')
    .split(/[\s-]+/)
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
