import { SlashCommandBuilder } from 'discord.js';
import { renderProgressText } from '../../../presenters/text/progress-text.js';
import { renderCardPng } from '../../image/card-png.js';
import { actorOf } from '../actor.js';
import { usableAnywhere, type DiscordCommand } from '../discord-command.js';
import { renderCohortLine } from '../render/learner-text.js';
import { progressReply } from '../render/progress-embeds.js';
import { answer } from '../respond.js';

/** `/progress`: an embed of the card's facts in the section's colour, the card PNG in it, and the cohort line. */
export const progressCommand = {
  data: usableAnywhere(new SlashCommandBuilder())
    .setName('progress')
    .setDescription('Your progress card: days done, streak and pace'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const outcome = await context.app.progress.progress(actorOf(interaction));
      if (outcome.kind !== 'progress') return { content: renderProgressText(outcome) };
      // While paused the learner's calendar waits: no "behind" against the cohort either.
      const cohortLine = outcome.standing.pausedSince === null ? renderCohortLine(outcome.cohort) : null;
      return progressReply(outcome, cohortLine, {
        name: `progress-${outcome.date}.png`,
        data: renderCardPng(outcome.card),
        description: 'Progress card; the same facts are in the embed.',
      });
    }),
} satisfies DiscordCommand;
