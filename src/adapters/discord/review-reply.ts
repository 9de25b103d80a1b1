import type { RepliableInteraction } from 'discord.js';
import type { DraftSource } from '../../app/coaching/outcomes.js';
import type { Post } from '../../core/curriculum/plan.js';
import { renderReview } from '../../presenters/text/review-text.js';
import { actorOf } from './actor.js';
import type { DiscordContext } from './discord-command.js';
import { discordWhen } from './render/coaching-reply.js';
import { answer } from './respond.js';

/** Reviews a draft and answers with the review; shared by `/review file:` and the draft form. */
export function replyWithReview(
  interaction: RepliableInteraction,
  context: DiscordContext,
  draft: () => Promise<{ readonly text: string } | { readonly problem: string }>,
  options: { readonly source: DraftSource; readonly postKind: Post['kind'] | null },
): Promise<void> {
  return answer(interaction, context, async () => {
    const read = await draft();
    if ('problem' in read) return { content: read.problem };
    const outcome = await context.app.coaching.review(actorOf(interaction), read.text, {
      source: options.source,
      ...(options.postKind === null ? {} : { postKind: options.postKind }),
    });
    return { content: renderReview(outcome, discordWhen) };
  });
}
