import { SlashCommandBuilder } from 'discord.js';
import type { DiscordCommand } from '../discord-command.js';
import { learnerOf } from '../learner-ref.js';
import { renderSettings } from '../render/learner-text.js';
import { answer } from '../respond.js';

/** `/settings [timezone] [reminder]`: shows the learner's settings, or changes the ones given. */
export const settingsCommand = {
  data: new SlashCommandBuilder()
    .setName('settings')
    .setDescription('Your timezone and daily DM reminder')
    .addStringOption((option) =>
      option.setName('timezone').setDescription('An IANA timezone, e.g. Europe/Berlin').setMaxLength(64),
    )
    .addStringOption((option) =>
      option
        .setName('reminder')
        .setDescription('Local time for your daily DM, HH:MM, or off')
        .setMaxLength(16),
    ),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { who } = await learnerOf(interaction, context);
      const timezone = interaction.options.getString('timezone') ?? undefined;
      const reminder = interaction.options.getString('reminder') ?? undefined;
      return {
        content: renderSettings(await context.learnerActions.updateSettings(who, { timezone, reminder })),
      };
    }),
} satisfies DiscordCommand;
