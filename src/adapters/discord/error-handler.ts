import { MessageFlags, type Interaction, type SendableChannels } from 'discord.js';
import type { Logger } from '../../app/ports.js';

/** The one thing a learner hears when something breaks on our side. */
export const SORRY = 'Something went wrong on my side; your progress is safe. Try again in a moment.';

/** What a learner hears when their interaction arrives while the bot shuts down. */
export const RESTARTING = "I'm restarting and took nothing from that. Try it again in a minute.";

/** What the log should say about an interaction: never its token. */
export function describeInteraction(interaction: Interaction): Record<string, unknown> {
  const what = interaction.isChatInputCommand()
    ? { command: interaction.commandName, subcommand: interaction.options.getSubcommand(false) }
    : interaction.isMessageComponent() || interaction.isModalSubmit()
      ? { customId: interaction.customId }
      : { type: interaction.type };
  return {
    ...what,
    interactionId: interaction.id,
    userId: interaction.user.id,
    guildId: interaction.guildId,
  };
}

/** Logs the failure with its context and answers briefly, however far the interaction got. */
export async function handleInteractionError(
  interaction: Interaction,
  error: unknown,
  logger: Logger,
): Promise<void> {
  logger.error('interaction failed', { ...describeInteraction(interaction), error });
  if (!interaction.isRepliable()) return;
  try {
    if (interaction.deferred && !interaction.replied) await interaction.editReply({ content: SORRY });
    else if (interaction.replied)
      await interaction.followUp({ content: SORRY, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ content: SORRY, flags: MessageFlags.Ephemeral });
  } catch (replyError) {
    logger.warn('could not tell the user about a failure', {
      ...describeInteraction(interaction),
      error: replyError,
    });
  }
}

/**
 * Logs a failed coach message (a DM, a mention, a thread follow-up) with its context and,
 * when the message was known to be for the coach, answers briefly where the answer was going.
 */
export async function handleMessageError(
  answerIn: SendableChannels | null,
  details: Record<string, unknown>,
  error: unknown,
  logger: Logger,
): Promise<void> {
  logger.error('message handling failed', { ...details, error });
  if (answerIn === null) return;
  try {
    await answerIn.send({ content: SORRY });
  } catch (replyError) {
    logger.warn('could not tell the user about a failure', { ...details, error: replyError });
  }
}
