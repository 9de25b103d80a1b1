import { SlashCommandBuilder } from 'discord.js';
import { paceAgainstCohort } from '../../../app/cohort-pace.js';
import { renderProgress } from '../../../presenters/text/study-text.js';
import type { DiscordCommand } from '../discord-command.js';
import { learnerOf } from '../learner-ref.js';
import { renderCohortLine } from '../render/learner-text.js';
import { answer } from '../respond.js';

/** `/progress`: days done, streak, pace, and how far behind the server's cohort. */
export const progressCommand = {
  data: new SlashCommandBuilder().setName('progress').setDescription('Days done, streak and pace'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { who, cohort } = await learnerOf(interaction, context);
      const outcome = await context.study.progress(who);
      if (outcome.kind !== 'standing') return { content: renderProgress(outcome) };
      const learnerDay = outcome.current?.day.day ?? null;
      const cohortLine = renderCohortLine(paceAgainstCohort(context.study.plan, cohort, learnerDay));
      return { content: [renderProgress(outcome), cohortLine].filter((line) => line !== null).join('\n') };
    }),
} satisfies DiscordCommand;
