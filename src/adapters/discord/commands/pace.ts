import { SlashCommandBuilder } from 'discord.js';
import { renderLearnerPause, renderLearnerResume, renderShift } from '../../../presenters/text/pace-text.js';
import type { DiscordCommand } from '../discord-command.js';
import { learnerOf } from '../actor.js';
import { answer } from '../respond.js';

/** `/shift`: restart the learner's own calendar from their current day, today. */
export const shiftCommand = {
  data: new SlashCommandBuilder()
    .setName('shift')
    .setDescription('Fell behind? Restart your calendar from your current day, today'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { who } = await learnerOf(interaction, context);
      return { content: renderShift(await context.progress.shift(who)) };
    }),
} satisfies DiscordCommand;

/** `/pause`: the learner's own calendar stands still; paused days are neither behind nor a broken streak. */
export const pauseCommand = {
  data: new SlashCommandBuilder()
    .setName('pause')
    .setDescription("Pause your calendar: paused days don't count as behind or break your streak"),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { who } = await learnerOf(interaction, context);
      return { content: renderLearnerPause(await context.progress.pause(who)) };
    }),
} satisfies DiscordCommand;

/** `/resume`: carry on after a pause. */
export const resumeCommand = {
  data: new SlashCommandBuilder().setName('resume').setDescription('Carry on after a pause'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { who } = await learnerOf(interaction, context);
      return { content: renderLearnerResume(await context.progress.resume(who)) };
    }),
} satisfies DiscordCommand;
