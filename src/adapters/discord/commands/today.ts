import { SlashCommandBuilder } from 'discord.js';
import { paceAgainstCohort } from '../../../core/schedule/cohort-pace.js';
import { renderPace, renderStreak, renderToday } from '../../../presenters/text/study-text.js';
import type { DiscordCommand } from '../discord-command.js';
import { learnerOf } from '../actor.js';
import { dayMessage } from '../render/day-message.js';
import { renderCohortLine } from '../render/learner-text.js';
import { answer } from '../respond.js';

/** `/today`: the learner's own day as the daily post shows it, their pace, and the cohort's day. */
export const todayCommand = {
  data: new SlashCommandBuilder()
    .setName('today')
    .setDescription("Your current day's task, and where the cohort is"),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { who, cohort } = await learnerOf(interaction, context);
      const outcome = await context.study.today(who);
      if (outcome.kind === 'standing') context.learnerRead?.(interaction, outcome.learner);
      if (outcome.kind !== 'standing' || outcome.current === null) return { content: renderToday(outcome) };
      const { plan } = context.study;
      const cohortLine = renderCohortLine(paceAgainstCohort(plan, cohort, outcome.current.day.day));
      const lines = [cohortLine ?? renderPace(outcome), renderStreak(outcome)];
      const day = dayMessage(outcome.current, plan.days.length, {
        buttons: true,
        includeAsk: context.askEnabled,
      });
      return { ...day, content: lines.join('\n') };
    }),
} satisfies DiscordCommand;
