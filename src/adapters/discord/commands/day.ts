import { SlashCommandBuilder } from 'discord.js';
import { renderShowDay } from '../../../presenters/text/study-text.js';
import type { DiscordCommand } from '../discord-command.js';
import { dayMessage } from '../render/day-message.js';
import { answer } from '../respond.js';

/** The plan's first and last day numbers: Discord itself then refuses a day outside them. */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

/** `/day number`: any day of the plan, without buttons (only the learner's own day takes proof). */
export const dayCommand = (range: DayRange) =>
  ({
    data: new SlashCommandBuilder()
      .setName('day')
      .setDescription('Any day of the plan')
      .addIntegerOption((option) =>
        option
          .setName('number')
          .setDescription(`The day number, ${range.first}-${range.last}`)
          .setRequired(true)
          .setMinValue(range.first)
          .setMaxValue(range.last),
      ),
    execute: (interaction, context) =>
      answer(interaction, context, async () => {
        const { app } = context;
        const outcome = app.study.showDay(interaction.options.getInteger('number', true));
        if (outcome.kind !== 'day') return { content: renderShowDay(outcome, app.plan.days.length) };
        return dayMessage(outcome.place, app.plan.days.length, { buttons: false, includeAsk: false });
      }),
  }) satisfies DiscordCommand;
