import type { Post } from '../../core/curriculum/plan.js';
import { renderAskOutcome } from '../../presenters/text/coaching-text.js';
import { renderReview } from '../../presenters/text/review-text.js';
import type { ConsoleCommand } from './console-command.js';

const POST_KINDS: Readonly<Record<string, Post['kind']>> = { linkedin: 'linkedin', blog: 'blog' };

/** `/ask`, streamed, and `/review`, which reads the draft from the lines that follow it. */
export const coachingConsoleCommands: readonly ConsoleCommand[] = [
  {
    name: 'ask',
    usage: '/ask <question>',
    summary: 'ask the coach about your day',
    async execute(args, { app, actor, write, stream }) {
      const answer = app.coaching.ask(actor, args);
      let streamed = false;
      let next = await answer.next();
      for (; next.done !== true; next = await answer.next()) {
        streamed = true;
        stream(next.value);
      }
      const outcome = next.value;
      // The answer is already on screen; end its line, then the small print (or why it stopped).
      if (streamed) write('');
      if (outcome.kind === 'answered') write('');
      write(renderAskOutcome(outcome));
      return 'continue';
    },
  },
  {
    name: 'review',
    usage: '/review [linkedin|blog]',
    summary: 'review a post draft: paste it on the next lines, then a line with only .',
    readsBody: { hint: 'Paste your draft, then a line with only a dot (.) to send it.' },
    async execute(args, { app, actor, write, body }) {
      const choice = args.toLowerCase();
      if (choice !== '' && POST_KINDS[choice] === undefined) {
        write('Choose linkedin or blog, like /review blog, or leave it out to use the post of your day.');
        return 'continue';
      }
      const postKind = POST_KINDS[choice];
      const outcome = await app.coaching.review(actor, body ?? '', {
        source: 'console',
        ...(postKind === undefined ? {} : { postKind }),
      });
      write(renderReview(outcome));
      return 'continue';
    },
  },
];
