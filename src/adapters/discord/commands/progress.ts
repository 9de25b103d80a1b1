import { SlashCommandBuilder } from 'discord.js';
import { paceAgainstCohort } from '../../../core/schedule/cohort-pace.js';
import { renderProgressText } from '../../../presenters/text/progress-text.js';
import { renderCardPng } from '../../render/card-png.js';
import type { DiscordCommand } from '../discord-command.js';
import { learnerOf } from '../actor.js';
import { renderCohortLine } from '../render/learner-text.js';
import { answer } from '../respond.js';

/** `/progress`: the progress card as a PNG, its text version, and how far behind the server's cohort. */
export const progressCommand = {
  data: new SlashCommandBuilder()
    .setName('progress')
    .setDescription('Your progress card: days done, streak and pace'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { who, cohort } = await learnerOf(interaction, context);
      const outcome = await context.progress.progress(who);
      if (outcome.kind !== 'progress') return { content: renderProgressText(outcome) };
      const learnerDay = outcome.standing.current?.day.day ?? null;
      const cohortLine = renderCohortLine(paceAgainstCohort(context.study.plan, cohort, learnerDay));
      return {
        content: renderProgressText(outcome, cohortLine),
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
