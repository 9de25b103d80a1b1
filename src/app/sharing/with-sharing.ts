import type { Proof } from '../../core/learner/learner.js';
import type { ActorRef } from '../actor.js';
import type { SubmitOutcome } from '../coaching/outcomes.js';
import type { SubmitOptions } from '../coaching/proof-feedback.js';
import type { Sharing } from './sharing.js';

type SubmitProof = (actor: ActorRef, proof: Proof, options?: SubmitOptions) => Promise<SubmitOutcome>;

/**
 * Hands in proof, then shares it when asked (`share`, else the learner's default). Sharing
 * comes after the day is recorded and never undoes it: a share that can't be posted says why.
 */
export function withSharing(submit: SubmitProof, sharing: Sharing): SubmitProof {
  return async (actor, proof, options = {}) => {
    const { share, ...rest } = options;
    const outcome = await submit(actor, proof, rest);
    if (outcome.done.kind !== 'done') return outcome;
    const wanted = share ?? (await sharing.shareByDefault(actor.id));
    if (!wanted) return outcome;
    return { ...outcome, share: await sharing.share(actor, outcome.done.day, proof) };
  };
}
