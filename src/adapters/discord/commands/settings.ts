import { SlashCommandBuilder } from 'discord.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { renderSettings } from '../render/learner-text.js';
import { answer } from '../respond.js';
import { suggestZones } from '../components/zone-autocomplete.js';

/** `/settings [timezone] [reminder] [warning] [leaderboard]`: shows the learner's settings, or changes the ones given. */
export const settingsCommand = {
  data: new SlashCommandBuilder()
    .setName('settings')
    .setDescription('Your timezone, daily DM reminder, streak warning and leaderboard visibility')
    .addStringOption((option) =>
      option
        .setName('timezone')
        .setDescription('An IANA timezone, e.g. Europe/Berlin: start typing a city')
        .setMaxLength(64)
        .setAutocomplete(true),
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
      const option = (name: string) => interaction.options.getString(name) ?? undefined;
      const input = {
        timezone: option('timezone'),
        reminder: option('reminder'),
        warning: option('warning'),
        leaderboard: option('leaderboard'),
      };
      return { content: renderSettings(await context.app.settings.update(actorOf(interaction), input)) };
    }),
  autocomplete: (interaction) => suggestZones(interaction),
} satisfies DiscordCommand;
