import type { Proof } from '../../core/learner/learner.js';
import { parseProof } from '../../core/learner/parse-proof.js';

/** What a learner typed for their proof, in Discord's terms. */
export interface ProofInput {
  readonly text: string;
  readonly link?: string | null;
  /** URL of an attached file; it becomes a proof link. */
  readonly fileUrl?: string | null;
}

/**
 * Turns Discord input into a proof, kept as written: mentions stay in the text and ping no
 * one, because every message is sent with `allowed_mentions` empty. Length, blank and link
 * checks are the app's.
 */
export function readProof(input: ProofInput): Proof {
  const extra = [input.link, input.fileUrl].filter((link): link is string => typeof link === 'string');
  return parseProof(input.text, extra);
}
