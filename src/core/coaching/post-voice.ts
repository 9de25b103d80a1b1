import type { Day, Post } from '../curriculum/plan.js';
import { BLOG_MIN_WORDS, LINKEDIN_MIN_CHARS } from '../review/draft-checks.js';
import { proseOf } from './code-lines.js';

const HASHTAG = /(?<![\w#/&])#[A-Za-z][\w]*/g;
// The writer telling their own story to readers ("I spent", "my first"), in the languages
// learners ask in most. The coach's own "I'd suggest" or "I can" is advice, not a story.
const FIRST_PERSON =
  /(?<![\w'’])(?:I(?!['’](?:d|ll)\b)(?!\s+(?:can|could|would|suggest|recommend|think)\b)|I['’](?:ve|m)|my|j['’]ai|je|mon|ma|mes|ich|mein|meine|yo|mis|eu|meu|minha)(?![\w'’])/gi;
// Asking readers, not the learner, to act: comments, follows, shares, "what about you?".
const READER_CALL =
  /\b(?:in the comments|comment below|drop a comment|follow(?: me| for)|share your (?:thoughts|experience|story)|repost|what about you|agree\?|commentaires?|partagez|comentarios|comenta|kommentar|teilt)|👇/i;
const POST_FRAMING =
  /\b(?:here(?:'s| is) (?:a|your|the) (?:\w+ )?(?:post|draft)|(?:linkedin|blog) post:|voici (?:ton|votre|un) (?:post|article)|aquí (?:tienes|está) (?:tu|un) (?:post|artículo))/i;

/** How much reader-facing prose makes a whole post: more than half of the shortest post the review checks accept. */
export function postThreshold(kind: Post['kind']): {
  readonly unit: 'chars' | 'words';
  readonly min: number;
} {
  return kind === 'linkedin'
    ? { unit: 'chars', min: Math.ceil(LINKEDIN_MIN_CHARS / 2) }
    : { unit: 'words', min: Math.ceil(BLOG_MIN_WORDS / 2) };
}

// A list item (advice in steps) or a line ending in a colon (the coach introducing something).
const NOT_RUNNING_PROSE = /^\s*(?:[-*+•]|\d{1,2}[.)])\s|:\s*$/m;

/** True for a paragraph of sentences, the stuff a post is made of. */
function isRunningProse(paragraph: string): boolean {
  return !NOT_RUNNING_PROSE.test(paragraph);
}

/** True when a paragraph speaks as a post's author to its readers. */
function inPostVoice(paragraph: string): boolean {
  FIRST_PERSON.lastIndex = 0;
  return (
    (paragraph.match(FIRST_PERSON) ?? []).length > 0 ||
    (paragraph.match(HASHTAG) ?? []).length > 0 ||
    READER_CALL.test(paragraph)
  );
}

/** The title's words of four letters or more, lower-case. */
function titleWords(title: string): string[] {
  return (title.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? []).filter((word) => word !== 'your');
}

/** How many separate signs say the answer is a post for readers rather than help for the learner. */
function postSigns(prose: string, day: Day): number {
  const lower = prose.toLowerCase();
  const title = day.post === null ? [] : titleWords(day.post.title);
  const hasTitle =
    title.length > 0 && title.filter((word) => lower.includes(word)).length * 3 >= title.length * 2;
  return [
    new Set(prose.match(HASHTAG) ?? []).size >= 2,
    (prose.match(FIRST_PERSON) ?? []).length >= 2,
    READER_CALL.test(prose),
    POST_FRAMING.test(prose),
    hasTitle,
  ].filter(Boolean).length;
}

/** A paragraph as compared with the learner's text: quote marks and spacing left out. */
function squeeze(text: string): string {
  return text
    .replace(/^\s*>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// A short quotation inside a line: an example sentence ("I expected Spark to be fast."), not the
// coach's own voice. A whole post in quotes is longer than this and stays.
const SHORT_QUOTE = /["“][^"”\n]{1,160}["”]/g;

/**
 * The answer's prose without the paragraphs the learner wrote themselves (their own draft,
 * quoted back in feedback) and without short quoted examples: what the coach itself wrote for
 * readers, if anything.
 */
function coachProse(answer: string, learnerText: readonly string[]): string {
  const theirs = learnerText.map(squeeze);
  return proseOf(answer)
    .split(/\n\s*\n/)
    .filter((paragraph) => {
      const text = squeeze(paragraph);
      return text === '' || !theirs.some((their) => their.includes(text));
    })
    .join('\n\n')
    .replace(SHORT_QUOTE, '""');
}

/** True when the text announces a post, or two separate signs already say it is one (a byline voice, hashtags, a call to comment, the post title). */
export function readsAsPost(text: string, day: Day, learnerText: readonly string[]): boolean {
  const prose = coachProse(text, learnerText);
  // An answer that announces a post ("Here's your post:") is one: its other signs may only come at the end.
  return POST_FRAMING.test(prose) || postSigns(prose, day) >= 2;
}

/**
 * The reader-facing prose of an answer, measured in the unit of the day's post (characters for
 * LinkedIn, words for a blog; LinkedIn when the day has none): the paragraphs from the first to
 * the last in a post's voice, code and the learner's own paragraphs left out. 0 when fewer than two signs say it is a post.
 */
export function postProse(answer: string, day: Day, learnerText: readonly string[]): number {
  const prose = coachProse(answer, learnerText);
  if (postSigns(prose, day) < 2) return 0;
  const paragraphs = prose
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const voiced = paragraphs.map(inPostVoice);
  let first = voiced.indexOf(true);
  const last = voiced.lastIndexOf(true);
  if (first < 0) return 0;
  // A post need not say "I" in every language: the running prose that leads up to its
  // hashtags or call to comment is part of it, up to a list or a line that introduces something.
  while (first > 0 && isRunningProse(paragraphs[first - 1] ?? '')) first -= 1;
  const body = paragraphs.slice(first, last + 1).join('\n\n');
  const { unit } = postThreshold(day.post?.kind ?? 'linkedin');
  return unit === 'chars' ? [...body].length : body.split(/\s+/).filter((word) => /\w/.test(word)).length;
}
