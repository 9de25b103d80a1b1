import { SlashCommandBuilder } from 'discord.js';
import { renderAssessmentRefusal } from '../../../presenters/text/progress-text.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { assessmentReply } from '../render/progress-embeds.js';
import { answer } from '../respond.js';

/** `/assessment`: the plan's checklists, ticked from what the learner has done. */
export const assessmentCommand = {
  data: new SlashCommandBuilder()
    .setName('assessment')
    .setDescription("The cycle's checklists, ticked from what you've done")
    .addIntegerOption((option) =>
      option
        .setName('cycle')
        .setDescription('Another cycle of the journey, e.g. 1 (default: your current one)'),
    ),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const cycle = interaction.options.getInteger('cycle') ?? undefined;
      const outcome = await context.app.progress.assessment(actorOf(interaction), cycle);
      const refusal = renderAssessmentRefusal(outcome);
      return refusal !== null || outcome.kind !== 'assessment'
        ? { content: refusal ?? '' }
        : assessmentReply(outcome);
    }),
} satisfies DiscordCommand;
