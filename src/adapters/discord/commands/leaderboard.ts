import { SlashCommandBuilder } from 'discord.js';
import { renderLeaderboardNotice } from '../../../presenters/text/progress-text.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { leaderboardReply } from '../render/leaderboard-embed.js';
import { answer } from '../respond.js';

/** `/leaderboard`: streaks and days done among this server's learners; opted-out learners never appear. */
export const leaderboardCommand = {
  data: new SlashCommandBuilder()
    .setName('leaderboard')
    .setDescription("Streaks and days done among this server's learners"),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const outcome = await context.app.progress.leaderboard(actorOf(interaction));
      const notice = renderLeaderboardNotice(outcome);
      return notice !== null || outcome.kind !== 'leaderboard'
        ? { content: notice ?? '' }
        : leaderboardReply(outcome);
    }),
} satisfies DiscordCommand;
