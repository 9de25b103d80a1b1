import { SlashCommandBuilder } from 'discord.js';
import { renderProgressText } from '../../../presenters/text/progress-text.js';
import { renderCardPng } from '../../image/card-png.js';
import { actorOf } from '../actor.js';
import { usableAnywhere, type DiscordCommand } from '../discord-command.js';
import { renderCohortLine } from '../render/learner-text.js';
import { answer } from '../respond.js';

/** `/progress`: the progress card as a PNG, its text version, and how far behind the server's cohort. */
export const progressCommand = {
  data: usableAnywhere(new SlashCommandBuilder())
    .setName('progress')
    .setDescription('Your progress card: days done, streak and pace'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const outcome = await context.app.progress.progress(actorOf(interaction));
      if (outcome.kind !== 'progress') return { content: renderProgressText(outcome) };
      return {
        // While paused the learner's calendar waits: no "behind" against the cohort either.
        content: renderProgressText(
          outcome,
          outcome.standing.pausedSince === null ? renderCohortLine(outcome.cohort) : null,
        ),
        files: [
          {
            name: `progress-${outcome.date}.png`,
            data: renderCardPng(outcome.card),
            description: 'Progress card; the same facts are in the message text.',
          },
        ],
      };
    }),
} satisfies DiscordCommand;
