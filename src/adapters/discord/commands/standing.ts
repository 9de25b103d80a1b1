import { SlashCommandBuilder } from 'discord.js';
import { renderAssessment, renderLeaderboard } from '../../../presenters/text/progress-text.js';
import type { DiscordCommand } from '../discord-command.js';
import { learnerOf } from '../actor.js';
import { answer } from '../respond.js';

/** `/assessment`: the plan's checklists, ticked from what the learner has done. */
export const assessmentCommand = {
  data: new SlashCommandBuilder()
    .setName('assessment')
    .setDescription("The cycle's checklists, ticked from what you've done"),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { who } = await learnerOf(interaction, context);
      return { content: renderAssessment(await context.progress.assessment(who)) };
    }),
} satisfies DiscordCommand;

/** `/leaderboard`: streaks and days done among this server's learners; opted-out learners never appear. */
export const leaderboardCommand = {
  data: new SlashCommandBuilder()
    .setName('leaderboard')
    .setDescription("Streaks and days done among this server's learners"),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { who } = await learnerOf(interaction, context);
      return { content: renderLeaderboard(await context.progress.leaderboard(interaction.guildId, who.id)) };
    }),
} satisfies DiscordCommand;
