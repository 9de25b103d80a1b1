import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../../app/coaching/ask.js';
import { usableAnywhere, type DiscordCommand } from '../discord-command.js';
import { answerQuestion } from '../messaging/answer-question.js';

/** `/ask question`: a question about the learner's current day, answered as it streams in. */
export const askCommand = {
  data: usableAnywhere(new SlashCommandBuilder())
    .setName('ask')
    .setDescription('Ask the coach about your day')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('What you want to understand, e.g. what does lazy evaluation buy me?')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_CHARS),
    ),
  execute: (interaction, context) =>
    answerQuestion(interaction, context, interaction.options.getString('question', true)),
} satisfies DiscordCommand;
