import { MessageFlags, type Interaction } from 'discord.js';
import type { Learner } from '../../core/learner/learner.js';
import { handleCoachModal, isCoachModal } from './components/coaching-forms.js';
import { handleDayButton, handleProofModal, isDayButton, isProofModal } from './components/day-buttons.js';
import type { DiscordCommand, DiscordContext } from './discord-command.js';
import { handleInteractionError } from './error-handler.js';
import { handleForgetMeButton, isForgetMeButton } from './components/forget-me-buttons.js';
import { discordLearnerId } from './actor.js';
import { DM_CLOSED_NOTICE } from './render/learner-text.js';

const UNKNOWN = "I don't know that one (it may be from an older version of me). /help lists what I can do.";

/**
 * The one entry point for interactions: slash commands by name, day buttons and the proof
 * form by custom_id. Every failure goes to the one error handler; nothing escapes.
 */
export function createRouter(commands: readonly DiscordCommand[], shared: DiscordContext) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const pending = new WeakMap<object, (() => Promise<void>)[]>();
  const dmStateRead = new WeakMap<object, Learner['dmBlocked']>();
  const context: DiscordContext = {
    ...shared,
    afterAnswer: (interaction, task) => pending.set(interaction, [...(pending.get(interaction) ?? []), task]),
    learnerRead: (interaction, learner) => dmStateRead.set(interaction, learner.dmBlocked),
  };

  /** Bookkeeping queued while answering; its failures are logged, the learner already has the answer. */
  const runAfterAnswer = async (interaction: Interaction): Promise<void> => {
    const tasks = pending.get(interaction) ?? [];
    pending.delete(interaction);
    for (const task of tasks) {
      await task().catch((error: unknown) =>
        context.logger.error('bookkeeping after an answer failed', { userId: interaction.user.id, error }),
      );
    }
  };

  /** Handles the interaction; true when it was answered with a message a notice can follow. */
  const dispatch = async (interaction: Interaction): Promise<boolean> => {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (command === undefined) {
        await interaction.reply({ content: UNKNOWN, flags: MessageFlags.Ephemeral });
        return false;
      }
      await command.execute(interaction, context);
      return true;
    }
    // A form is not a message: the notice waits for the form's submission.
    if (interaction.isButton() && isDayButton(interaction.customId)) {
      return (await handleDayButton(interaction, context)) === 'message';
    }
    if (interaction.isButton() && isForgetMeButton(interaction.customId)) {
      await handleForgetMeButton(interaction, context);
      return false;
    }
    if (interaction.isModalSubmit() && isCoachModal(interaction.customId)) {
      await handleCoachModal(interaction, context);
      return true;
    }
    if (interaction.isModalSubmit() && isProofModal(interaction.customId)) {
      await handleProofModal(interaction, context);
      return true;
    }
    if (interaction.isRepliable())
      await interaction.reply({ content: UNKNOWN, flags: MessageFlags.Ephemeral });
    return false;
  };

  /** After the answer: a learner whose DMs were found closed hears it once, privately. */
  const tellDmNotice = async (interaction: Interaction): Promise<void> => {
    if (!interaction.isRepliable()) return;
    // The handler read the record moments ago and it had nothing to tell. A DM refused since then
    // (by the scheduler, maybe in another process) is told at the learner's next command instead.
    const read = dmStateRead.get(interaction);
    if (read !== undefined && read !== 'blocked') return;
    if (!(await context.learnerActions.takeDmNotice(discordLearnerId(interaction.user.id)))) return;
    await interaction.followUp({ content: DM_CLOSED_NOTICE, flags: MessageFlags.Ephemeral });
  };

  return async (interaction: Interaction): Promise<void> => {
    try {
      if (await dispatch(interaction)) await tellDmNotice(interaction);
    } catch (error) {
      await handleInteractionError(interaction, error, context.logger);
    } finally {
      await runAfterAnswer(interaction);
    }
  };
}
