import { MessageFlags, type Interaction } from 'discord.js';
import { actorOf } from './actor.js';
import { handleCoachModal, isCoachModal } from './components/coaching-forms.js';
import { handleDayButton, handleProofModal, isDayButton, isProofModal } from './components/day-buttons.js';
import { handleForgetMeButton, isForgetMeButton } from './components/forget-me-buttons.js';
import {
  handleRecallButton,
  handleRecallModal,
  isRecallButton,
  isRecallModal,
} from './components/recall-buttons.js';
import type { DiscordCommand, DiscordContext } from './discord-command.js';
import { handleInteractionError } from './error-handler.js';
import { DM_CLOSED_NOTICE } from './render/learner-text.js';

const UNKNOWN = "I don't know that one (it may be from an older version of me). /help lists what I can do.";

/**
 * The one entry point for interactions: slash commands by name, buttons and forms by
 * custom_id. Every failure goes to the one error handler; nothing escapes.
 */
export function createRouter(commands: readonly DiscordCommand[], context: DiscordContext) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));

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
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      await (command?.autocomplete?.(interaction, context) ?? interaction.respond([]));
      return false;
    }
    // A form is not a message: the notice waits for the form's submission.
    if (interaction.isButton() && isDayButton(interaction.customId)) {
      return (await handleDayButton(interaction, context)) === 'message';
    }
    if (interaction.isButton() && isForgetMeButton(interaction.customId)) {
      await handleForgetMeButton(interaction, context);
      return false;
    }
    if (interaction.isButton() && isRecallButton(interaction.customId)) {
      await handleRecallButton(interaction, context);
      return false;
    }
    if (interaction.isModalSubmit() && isRecallModal(interaction.customId)) {
      await handleRecallModal(interaction, context);
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

  /** After the answer: a learner whose DMs the scheduler found closed hears it once, privately. */
  const tellDmNotice = async (interaction: Interaction): Promise<void> => {
    if (!interaction.isRepliable()) return;
    if (!(await context.app.settings.takeDmNotice(actorOf(interaction)))) return;
    await interaction.followUp({ content: DM_CLOSED_NOTICE, flags: MessageFlags.Ephemeral });
  };

  /** Routes one interaction; says whether it was answered or ended in the error handler. */
  return async (interaction: Interaction): Promise<'answered' | 'failed'> => {
    try {
      if (await dispatch(interaction)) await tellDmNotice(interaction);
      return 'answered';
    } catch (error) {
      await handleInteractionError(interaction, error, context.logger);
      return 'failed';
    }
  };
}
