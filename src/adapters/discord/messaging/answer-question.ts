import { MessageFlags, PermissionFlagsBits, type RepliableInteraction } from 'discord.js';
import type { DiscordContext } from '../discord-command.js';
import { learnerOf } from '../actor.js';
import { askReplyText } from '../render/coaching-reply.js';
import { splitMessage } from '../render/split-message.js';
import { createStreamRelay } from './stream-relay.js';

/** How often a streamed reply is edited: about once a second reads as live and stays within rate limits. */
export const STREAM_EDIT_INTERVAL_MS = 1_000;

/** True for a member with Manage Server where the interaction happened (they get the admin quota). */
export function isServerAdmin(interaction: RepliableInteraction): boolean {
  return interaction.inGuild() && interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild);
}

/**
 * Answers a question from `/ask` or the question form: deferred at once (the model takes
 * longer than Discord's 3 s), the reply edited as the answer streams in, then the whole
 * answer split at 2,000 characters with the questions left in small print. Private in a
 * server (the budget line is the learner's own), plain in DMs.
 */
export async function answerQuestion(
  interaction: RepliableInteraction,
  context: DiscordContext,
  question: string,
): Promise<void> {
  const flags = interaction.inGuild() ? { flags: MessageFlags.Ephemeral as const } : {};
  await interaction.deferReply(flags);
  const { who } = await learnerOf(interaction, context);
  const relay = createStreamRelay((preview) => interaction.editReply({ content: preview }), {
    intervalMs: STREAM_EDIT_INTERVAL_MS,
    logger: context.logger,
  });
  const outcome = await context.coaching
    .ask(who, question, {
      guildId: interaction.guildId,
      admin: isServerAdmin(interaction),
      onText: relay.push,
    })
    .finally(() => relay.finish());
  const [first = '', ...rest] = splitMessage(askReplyText(outcome, relay.text()));
  await interaction.editReply({ content: first });
  for (const piece of rest) await interaction.followUp({ content: piece, ...flags });
}
