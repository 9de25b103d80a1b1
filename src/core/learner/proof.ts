import type { Completion, Proof } from './learner.js';

/** Longest proof text we keep, in characters; long enough for notes, short enough for an AI prompt. */
export const MAX_PROOF_TEXT = 4000;

// Whitespace and characters that draw nothing (zero-width space and joiners, word joiner,
// byte-order mark, soft hyphen...): a proof made only of these says nothing.
const INVISIBLE = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/** True when `text` shows nothing: empty, whitespace, or only invisible characters such as U+200B. */
export function isBlankText(text: string): boolean {
  return INVISIBLE.test(text);
}

/**
 * Largest proof file whose bytes are kept (2 MiB): a screenshot or a short PDF fits; a larger
 * file is left where it is, and the learner is asked for a lasting link instead.
 */
export const MAX_PROOF_FILE_BYTES = 2 * 1024 * 1024;

/** Outcome of checking a proof before it is recorded. */
export type ProofCheck =
  | { readonly kind: 'ok'; readonly proof: Proof }
  | { readonly kind: 'proof-missing' }
  | { readonly kind: 'proof-too-long'; readonly max: typeof MAX_PROOF_TEXT }
  | { readonly kind: 'bad-link'; readonly link: string };

/**
 * Checks a proof: some text or at least one link, text within {@link MAX_PROOF_TEXT},
 * every link an absolute http(s) URL. Text that shows nothing (only whitespace or invisible
 * characters) counts as no text. The returned proof is trimmed, with blank links dropped;
 * otherwise it is kept as written, mentions included (every message is sent with no mentions allowed).
 */
export function checkProof(proof: Proof): ProofCheck {
  const text = isBlankText(proof.text) ? '' : proof.text.trim();
  const links = proof.links.map((l) => l.trim()).filter((l) => !isBlankText(l));
  if (text === '' && links.length === 0) return { kind: 'proof-missing' };
  if (text.length > MAX_PROOF_TEXT) return { kind: 'proof-too-long', max: MAX_PROOF_TEXT };
  const bad = links.find((link) => !isHttpUrl(link));
  if (bad !== undefined) return { kind: 'bad-link', link: bad };
  return { kind: 'ok', proof: { text, links } };
}

function isHttpUrl(link: string): boolean {
  if (!URL.canParse(link)) return false;
  const url = new URL(link);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/**
 * The day whose proof `proof` repeats: the learner's most recent completion when its proof
 * is the same (text alike but for spacing and case, the same links), else null. A double
 * submit or a retried form is not a second day's work.
 */
export function repeatedProofDay(completions: readonly Completion[], proof: Proof): number | null {
  const last = completions[completions.length - 1];
  if (last === undefined) return null;
  const key = (p: Proof): string =>
    JSON.stringify([p.text.trim().replace(/\s+/g, ' ').toLowerCase(), [...p.links].sort()]);
  return key(last.proof) === key(proof) ? last.day : null;
}
