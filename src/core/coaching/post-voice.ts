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

/** True when two separate signs already say the text is a post for readers (a byline voice, hashtags, a call to comment, the post's title). */
export function readsAsPost(text: string, day: Day): boolean {
  return postSigns(proseOf(text), day) >= 2;
}

/**
 * The reader-facing prose of an answer, measured in the unit of the day's post (characters for
 * LinkedIn, words for a blog; LinkedIn when the day has none): the paragraphs from the first to
 * the last in a post's voice, code left out. 0 when fewer than two signs say it is a post.
 */
export function postProse(answer: string, day: Day): number {
  const prose = proseOf(answer);
  if (postSigns(prose, day) < 2) return 0;
  const paragraphs = prose.split(/\n\s*\n/).map((paragraph) => paragraph.trim());
  const voiced = paragraphs.map(inPostVoice);
  const first = voiced.indexOf(true);
  const last = voiced.lastIndexOf(true);
  if (first < 0) return 0;
  const body = paragraphs.slice(first, last + 1).join('\n\n');
  const { unit } = postThreshold(day.post?.kind ?? 'linkedin');
  return unit === 'chars' ? [...body].length : body.split(/\s+/).filter((word) => /\w/.test(word)).length;
}
