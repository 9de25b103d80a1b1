import { SlashCommandBuilder } from 'discord.js';
import type { DiscordCommand } from '../discord-command.js';
import { learnerOf } from '../actor.js';
import { renderSettings } from '../render/learner-text.js';
import { answer } from '../respond.js';

/** `/settings [timezone] [reminder] [warning] [leaderboard]`: shows the learner's settings, or changes the ones given. */
export const settingsCommand = {
  data: new SlashCommandBuilder()
    .setName('settings')
    .setDescription('Your timezone, daily DM reminder, streak warning and leaderboard visibility')
    .addStringOption((option) =>
      option.setName('timezone').setDescription('An IANA timezone, e.g. Europe/Berlin').setMaxLength(64),
    )
    .addStringOption((option) =>
      option
        .setName('reminder')
        .setDescription('Local time for your daily DM, HH:MM, or off')
        .setMaxLength(16),
    )
    .addStringOption((option) =>
      option
        .setName('warning')
        .setDescription('Hour (0-23) to warn you when your streak is at risk, or off')
        .setMaxLength(8),
    )
    .addStringOption((option) =>
      option
        .setName('leaderboard')
        .setDescription('Show you on the leaderboard and in recaps')
        .addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
    ),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { who } = await learnerOf(interaction, context);
      const timezone = interaction.options.getString('timezone') ?? undefined;
      const reminder = interaction.options.getString('reminder') ?? undefined;
      const warning = interaction.options.getString('warning') ?? undefined;
      const leaderboard = interaction.options.getString('leaderboard') ?? undefined;
      const input = { timezone, reminder, warning, leaderboard };
      return { content: renderSettings(await context.learnerActions.updateSettings(who, input)) };
    }),
} satisfies DiscordCommand;
