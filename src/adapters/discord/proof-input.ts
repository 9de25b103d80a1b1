import type { Proof } from '../../core/learner/learner.js';
import { parseProof } from '../../core/learner/parse-proof.js';

// @everyone, @here, and <@123>, <@!123>, <@&123> (member and role mentions).
const MENTION = /@(everyone|here)\b|<@[!&]?\d+>/i;

/** What a learner typed for their proof, in Discord's terms. */
export interface ProofInput {
  readonly text: string;
  readonly link?: string | null;
  /** URL of an attached file; it becomes a proof link. */
  readonly fileUrl?: string | null;
}

/** A proof ready for the app, or the mention that makes us refuse it unseen and unsaved. */
export type ReadProof = { readonly kind: 'proof'; readonly proof: Proof } | { readonly kind: 'mentions' };

/** Turns Discord input into a proof. Length and link checks are the app's; mentions are a Discord concern. */
export function readProof(input: ProofInput): ReadProof {
  const parts = [input.text, input.link ?? ''];
  if (parts.some((part) => MENTION.test(part))) return { kind: 'mentions' };
  const extra = [input.link, input.fileUrl].filter((link): link is string => typeof link === 'string');
  return { kind: 'proof', proof: parseProof(input.text, extra) };
}
