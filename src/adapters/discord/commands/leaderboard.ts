import { SlashCommandBuilder } from 'discord.js';
import { renderLeaderboard } from '../../../presenters/text/progress-text.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { answer } from '../respond.js';

/** `/leaderboard`: streaks and days done among this server's learners; opted-out learners never appear. */
export const leaderboardCommand = {
  data: new SlashCommandBuilder()
    .setName('leaderboard')
    .setDescription("Streaks and days done among this server's learners"),
  execute: (interaction, context) =>
    answer(interaction, context, async () => ({
      content: renderLeaderboard(await context.app.progress.leaderboard(actorOf(interaction))),
    })),
} satisfies DiscordCommand;
