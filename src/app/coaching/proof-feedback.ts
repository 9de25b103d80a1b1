import { cyclePlanOf } from '../../core/curriculum/journey.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { Proof } from '../../core/learner/learner.js';
import { checkProof, repeatedProofDay } from '../../core/learner/proof.js';
import type { CoachModel } from '../ports.js';
import type { Meter } from './meter.js';
import type { SubmitOutcome } from './outcomes.js';
import { callerOf } from './quota.js';
import type { ActorRef } from '../actor.js';
import type { ProofFileInput, ProofFiles } from '../study/proof-files.js';
import type { DoneOutcome, Study } from '../study/study.js';

/** Where proof was handed in. */
export interface SubmitOptions {
  /** The day the proof is for (a day's button); defaults to the learner's current day. */
  readonly day?: number;
  /** A file handed in with the proof; its bytes are kept once the day is recorded. */
  readonly file?: ProofFileInput;
}

/**
 * Hands in proof: the coach assesses it against the day's checkpoint (on a day without one, against
 * its task: the rendered day says so, and the prompts tell the model), then the day is
 * completed with that assessment. The model is asked before the learner's record is locked,
 * so a slow answer never holds the lease. The assessment never blocks completion: offline,
 * out of quota or failing, the day is completed without one.
 */
export function createSubmitProof(deps: {
  plan: Plan;
  study: Study;
  model: CoachModel;
  meter: Meter;
  proofFiles: ProofFiles;
}) {
  const { plan, study, model, meter } = deps;

  // The file is kept only for a day that was recorded; keeping it never undoes the day.
  const withFile = async (actor: ActorRef, outcome: Omit<SubmitOutcome, 'file'>, file?: ProofFileInput) =>
    file === undefined || outcome.done.kind !== 'done'
      ? outcome
      : { ...outcome, file: await deps.proofFiles.keep(actor.id, outcome.done.day.day.day, file) };

  return async function submitProof(
    actor: ActorRef,
    proof: Proof,
    options: SubmitOptions = {},
  ): Promise<SubmitOutcome> {
    const today = await study.today(actor);
    const current = today.kind === 'standing' ? today.current : null;
    const checked = checkProof(proof);
    const dayNumber = options.day ?? current?.day.day;
    const repeated =
      today.kind === 'standing' &&
      checked.kind === 'ok' &&
      repeatedProofDay(today.learner.completions, checked.proof) !== null;
    if (current === null || checked.kind !== 'ok' || dayNumber !== current.day.day || repeated) {
      // study.done gives the reason (wrong day, bad or repeated proof, store trouble) in its own words.
      const done: DoneOutcome = await study.done(actor, proof, { day: options.day });
      return withFile(actor, { done, feedback: { kind: 'not-assessed' } }, options.file);
    }
    const feedback = await meter.call(callerOf(actor), () =>
      model.assessProof({ plan: cyclePlanOf(plan, current.day.day), day: current.day, proof: checked.proof }),
    );
    // The day is named, so a day completed elsewhere meanwhile is reported, not the next one completed.
    const done = await study.done(actor, proof, {
      day: dayNumber,
      ...(feedback.kind === 'ok' ? { assessment: feedback.value } : {}),
    });
    return withFile(actor, { done, feedback }, options.file);
  };
}
