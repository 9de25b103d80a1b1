import { SlashCommandBuilder } from 'discord.js';
import { renderLearnerResume } from '../../../presenters/text/pace-text.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { answer } from '../respond.js';

/** `/resume`: carry on after a pause. */
export const resumeCommand = {
  data: new SlashCommandBuilder().setName('resume').setDescription('Carry on after a pause'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => ({
      content: renderLearnerResume(await context.app.pace.resume(actorOf(interaction))),
    })),
} satisfies DiscordCommand;
