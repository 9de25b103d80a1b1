import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { actorOf } from '../actor.js';
import type { DiscordContext } from '../discord-command.js';
import { askReplyText, replyParts } from '../render/coaching-reply.js';
import { createStreamRelay, relayStream } from './stream-relay.js';

/** How often a streamed reply is edited: about once a second reads as live and stays within rate limits. */
export const STREAM_EDIT_INTERVAL_MS = 1_000;

/**
 * Answers a question from `/ask` or the question form: deferred at once (the model takes
 * longer than Discord's 3 s), the reply edited as the answer streams in, then the whole
 * answer split at 2,000 characters (each part but the last marked "continued below") with
 * the questions left in small print. Private in a server (the budget line is the learner's
 * own), plain in DMs.
 */
export async function answerQuestion(
  interaction: RepliableInteraction,
  context: DiscordContext,
  question: string,
): Promise<void> {
  const flags = interaction.inGuild() ? { flags: MessageFlags.Ephemeral as const } : {};
  await interaction.deferReply(flags);
  const relay = createStreamRelay((preview) => interaction.editReply({ content: preview }), {
    intervalMs: STREAM_EDIT_INTERVAL_MS,
    logger: context.logger,
  });
  const outcome = await relayStream(context.app.coaching.ask(actorOf(interaction), question), relay);
  const [first = '', ...rest] = replyParts(askReplyText(outcome, relay.text()));
  if (first !== relay.shown()) await interaction.editReply({ content: first });
  for (const piece of rest) await interaction.followUp({ content: piece, ...flags });
}
