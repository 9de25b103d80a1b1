import { cyclePlanOf } from '../../core/curriculum/journey.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { Proof } from '../../core/learner/learner.js';
import { checkProof } from '../../core/learner/proof.js';
import type { CoachModel } from '../ports.js';
import type { Meter } from './meter.js';
import type { SubmitOutcome } from './outcomes.js';
import { callerOf } from './quota.js';
import type { ActorRef } from '../actor.js';
import type { Study } from '../study/study.js';

/** Where proof was handed in. */
export interface SubmitOptions {
  /** The day the proof is for (a day's button); defaults to the learner's current day. */
  readonly day?: number;
}

/**
 * Hands in proof: the coach assesses it against the day's checkpoint (on a day without one, against
 * its task: the rendered day says so, and the prompts tell the model), then the day is
 * completed with that assessment. The model is asked before the learner's record is locked,
 * so a slow answer never holds the lease. The assessment never blocks completion: offline,
 * out of quota or failing, the day is completed without one.
 */
export function createSubmitProof(deps: { plan: Plan; study: Study; model: CoachModel; meter: Meter }) {
  const { plan, study, model, meter } = deps;

  return async function submitProof(
    actor: ActorRef,
    proof: Proof,
    options: SubmitOptions = {},
  ): Promise<SubmitOutcome> {
    const today = await study.today(actor);
    const current = today.kind === 'standing' ? today.current : null;
    const checked = checkProof(proof);
    const dayNumber = options.day ?? current?.day.day;
    if (current === null || checked.kind !== 'ok' || dayNumber !== current.day.day) {
      // study.done gives the reason (wrong day, bad proof, store trouble) in its own words.
      return {
        done: await study.done(actor, proof, { day: options.day }),
        feedback: { kind: 'not-assessed' },
      };
    }
    const feedback = await meter.call(callerOf(actor), () =>
      model.assessProof({ plan: cyclePlanOf(plan, current.day.day), day: current.day, proof: checked.proof }),
    );
    // The day is named, so a day completed elsewhere meanwhile is reported, not the next one completed.
    const done = await study.done(actor, proof, {
      day: dayNumber,
      ...(feedback.kind === 'ok' ? { assessment: feedback.value } : {}),
    });
    return { done, feedback };
  };
}
