import { SlashCommandBuilder } from 'discord.js';
import { renderUnshare } from '../../../presenters/text/share-text.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { answer } from '../respond.js';

/** `/unshare day`: deletes the bot's message of the learner's shared proof for that day. */
export const unshareCommand = {
  data: new SlashCommandBuilder()
    .setName('unshare')
    .setDescription("Take back proof you shared in a day's thread")
    .addIntegerOption((option) =>
      option.setName('day').setDescription('The day whose proof you shared').setRequired(true).setMinValue(1),
    ),
  execute: (interaction, context) =>
    answer(interaction, context, async () => ({
      content: renderUnshare(
        await context.app.sharing.unshare(actorOf(interaction), interaction.options.getInteger('day', true)),
      ),
    })),
} satisfies DiscordCommand;
