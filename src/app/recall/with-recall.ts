import type { Clock } from '../ports.js';
import type { Study } from '../study/study.js';
import type { Recall } from './recall.js';

/**
 * The study actions with spaced recall: a completed day's cards are written to the deck, and
 * `/today` says how many cards are due. Every front end (and proof hand-in) goes through these.
 */
export function withRecall(
  study: Study,
  recall: Pick<Recall, 'addCompletedDays' | 'dueLine'>,
  clock: Clock,
): Study {
  return {
    ...study,
    async today(actor) {
      const outcome = await study.today(actor);
      if (outcome.kind !== 'standing') return outcome;
      const due = await recall.dueLine(outcome.learner, clock.now());
      return due === null ? outcome : { ...outcome, recallDue: due };
    },
    async done(actor, proof, options) {
      const outcome = await study.done(actor, proof, options);
      if (outcome.kind === 'done') await recall.addCompletedDays(outcome.standing.learner);
      return outcome;
    },
  };
}
