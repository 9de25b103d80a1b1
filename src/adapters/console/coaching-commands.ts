import type { Post } from '../../core/curriculum/plan.js';
import { renderAskOutcome } from '../../presenters/text/coaching-text.js';
import { renderReview } from '../../presenters/text/review-text.js';
import type { ConsoleCommand } from './console-command.js';

const POST_KINDS: Readonly<Record<string, Post['kind']>> = { linkedin: 'linkedin', blog: 'blog' };
const UNKNOWN_KIND =
  'Choose linkedin or blog, like /review blog, or leave it out to use the post of your day.';

/** The kind `/review <kind>` names, undefined for none, or 'unknown'. */
const kindOf = (args: string): Post['kind'] | undefined | 'unknown' => {
  const choice = args.toLowerCase();
  return choice === '' ? undefined : (POST_KINDS[choice] ?? 'unknown');
};

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
    readsBody: {
      hint: 'Paste your draft, then a line with only a dot (.) to send it.',
      // Before the draft is read, so a wrong kind does not cost the learner what they pasted.
      refuse: (args) => (kindOf(args) === 'unknown' ? UNKNOWN_KIND : undefined),
    },
    async execute(args, { app, actor, write, body }) {
      const postKind = kindOf(args);
      if (postKind === 'unknown') {
        write(UNKNOWN_KIND);
        return 'continue';
      }
      const outcome = await app.coaching.review(actor, body ?? '', {
        source: 'console',
        ...(postKind === undefined ? {} : { postKind }),
      });
      write(renderReview(outcome));
      return 'continue';
    },
  },
];
