import { SlashCommandBuilder } from 'discord.js';
import { renderShift } from '../../../presenters/text/pace-text.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { answer } from '../respond.js';

/** `/shift`: restart the learner's own calendar from their current day, today. */
export const shiftCommand = {
  data: new SlashCommandBuilder()
    .setName('shift')
    .setDescription('Fell behind? Restart your calendar from your current day, today'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => ({
      content: renderShift(await context.app.pace.shift(actorOf(interaction))),
    })),
} satisfies DiscordCommand;
