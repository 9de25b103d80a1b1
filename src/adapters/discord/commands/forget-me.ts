import { SlashCommandBuilder } from 'discord.js';
import { FORGET_ME_QUESTION } from '../../../presenters/text/privacy-text.js';
import { forgetMeButtons } from '../components/forget-me-buttons.js';
import type { DiscordCommand } from '../discord-command.js';
import { answer } from '../respond.js';

/** `/forget-me`: asks first; the buttons under the question do the deleting (see forget-me-buttons). */
export const forgetMeCommand = {
  data: new SlashCommandBuilder()
    .setName('forget-me')
    .setDescription('Delete everything the coach keeps about you (asks first)'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => ({
      content: FORGET_ME_QUESTION,
      components: [forgetMeButtons(interaction.user.id, context.app.privacy.askToForget().askedAt)],
    })),
} satisfies DiscordCommand;
