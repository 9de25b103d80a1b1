import { SlashCommandBuilder } from 'discord.js';
import { renderLearnerPause } from '../../../presenters/text/pace-text.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { answer } from '../respond.js';

/** `/pause`: the learner's own calendar stands still; paused days are neither behind nor a broken streak. */
export const pauseCommand = {
  data: new SlashCommandBuilder()
    .setName('pause')
    .setDescription("Pause your calendar: paused days don't count as behind or break your streak"),
  execute: (interaction, context) =>
    answer(interaction, context, async () => ({
      content: renderLearnerPause(await context.app.pace.pause(actorOf(interaction))),
    })),
} satisfies DiscordCommand;
