import type { Proof } from './learner.js';

/** Longest proof text we keep, in characters; long enough for notes, short enough for an AI prompt. */
export const MAX_PROOF_TEXT = 4000;

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
 * every link an absolute http(s) URL. The returned proof is trimmed, with blank links dropped.
 */
export function checkProof(proof: Proof): ProofCheck {
  const text = proof.text.trim();
  const links = proof.links.map((l) => l.trim()).filter((l) => l !== '');
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
