import type { ActorRef } from '../../app/actor.js';
import type { App } from '../../app/create-app.js';
import type { RecallNext } from '../../app/recall/outcomes.js';
import {
  renderRated,
  renderRecallAnswer,
  renderRecallCard,
  renderRecallFeedback,
  renderRecallNext,
} from '../../presenters/text/recall-text.js';
import type { CommandResult, ConsoleCommand } from './console-command.js';

type Card = Extract<RecallNext, { kind: 'card' }>;

/**
 * `/recall`: the card, then the learner's answer on the next line (an empty line just shows
 * the answer; with the AI coach on, a typed one gets feedback first), then the day's
 * material, then a rating line (again, hard, good or easy).
 */
export const recallConsoleCommand: ConsoleCommand = {
  name: 'recall',
  usage: '/recall',
  summary: 'review cards from the days you completed',
  async execute(_args, { app, actor, write }) {
    return showNext(app, actor, write, await app.recall.next(actor));
  },
};

function showNext(app: App, actor: ActorRef, write: (text: string) => void, next: RecallNext): CommandResult {
  if (next.kind !== 'card') {
    write(renderRecallNext(next));
    return 'continue';
  }
  const feedback = app.coaching.online ? ' The coach gives feedback on it first.' : '';
  write(`${renderRecallCard(next)}\nType your answer (or just press Enter to see the answer).${feedback}`);
  return { kind: 'follow-up', take: async (line) => reveal(app, actor, write, next, line) };
}

async function reveal(
  app: App,
  actor: ActorRef,
  write: (text: string) => void,
  card: Card,
  answer: string,
): Promise<CommandResult> {
  if (app.coaching.online && answer.trim() !== '') {
    const feedback = renderRecallFeedback(await app.coaching.recallFeedback(actor, card.card.id, answer));
    if (feedback !== null) write(feedback);
  }
  write(renderRecallAnswer(app.recall.answer(card.card.id)));
  const rate = async (line: string): Promise<CommandResult> => {
    const rated = await app.recall.rate(actor, card.card.id, line);
    write(renderRated(rated));
    if (rated.kind === 'bad-rating') return { kind: 'follow-up', take: rate };
    return rated.kind === 'rated' ? showNext(app, actor, write, rated.next) : 'continue';
  };
  return { kind: 'follow-up', take: rate };
}
