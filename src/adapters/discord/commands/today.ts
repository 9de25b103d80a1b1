import { SlashCommandBuilder } from 'discord.js';
import { renderPace, renderStreak, renderToday } from '../../../presenters/text/study-text.js';
import { renderRecallDueLine } from '../../../presenters/text/recall-text.js';
import { actorOf } from '../actor.js';
import { usableAnywhere, type DiscordCommand } from '../discord-command.js';
import { dayMessage } from '../render/day-message.js';
import { renderCohortLine } from '../render/learner-text.js';
import { answer } from '../respond.js';

/** `/today`: the learner's own day as the daily post shows it, their pace, and the cohort's day. */
export const todayCommand = {
  data: usableAnywhere(new SlashCommandBuilder())
    .setName('today')
    .setDescription("Your current day's task, and where the cohort is"),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { app } = context;
      const outcome = await app.study.today(actorOf(interaction));
      if (outcome.kind !== 'standing' || outcome.current === null) return { content: renderToday(outcome) };
      // While paused the learner's calendar waits: say so rather than how far behind anyone they are.
      const pace = outcome.pausedSince === null ? renderCohortLine(outcome.cohort) : null;
      const lines = [pace ?? renderPace(outcome), renderStreak(outcome)];
      if (outcome.recallDue !== undefined) lines.push(renderRecallDueLine(outcome.recallDue));
      const day = dayMessage(outcome.current, app.plan.days.length, {
        buttons: true,
        includeAsk: app.coaching.online,
      });
      return { ...day, content: lines.join('\n') };
    }),
} satisfies DiscordCommand;
