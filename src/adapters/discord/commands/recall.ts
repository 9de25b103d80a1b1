import { SlashCommandBuilder } from 'discord.js';
import { actorOf } from '../actor.js';
import { usableAnywhere, type DiscordCommand } from '../discord-command.js';
import { recallCardMessage } from '../render/recall-message.js';
import { answer } from '../respond.js';

/**
 * `/recall`: the oldest due card of the days the learner completed, privately, with "Show answer".
 * Cards belong to the learner, so it works wherever they are (DMs, their own install of the app).
 */
export const recallCommand = {
  data: usableAnywhere(new SlashCommandBuilder())
    .setName('recall')
    .setDescription('Review cards from the days you completed (spaced recall)'),
  execute: (interaction, context) =>
    answer(interaction, context, async () =>
      recallCardMessage(await context.app.recall.next(actorOf(interaction)), {
        answerFirst: context.app.coaching.online,
      }),
    ),
} satisfies DiscordCommand;
