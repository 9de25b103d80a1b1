import { SlashCommandBuilder } from 'discord.js';
import { renderPortfolio } from '../../../presenters/text/portfolio-markdown.js';
import {
  FORGET_ME_QUESTION,
  renderExportDone,
  renderExportProblem,
} from '../../../presenters/text/privacy-text.js';
import type { DiscordCommand } from '../discord-command.js';
import { forgetMeButtons } from '../components/forget-me-buttons.js';
import { discordLearnerId } from '../actor.js';
import { answer } from '../respond.js';

/** `/export`: every record as JSON and the portfolio as Markdown, attached to a private reply. */
export const exportCommand = {
  data: new SlashCommandBuilder()
    .setName('export')
    .setDescription('Your data as JSON and your portfolio as Markdown'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const outcome = await context.progress.exportData(discordLearnerId(interaction.user.id));
      if (outcome.kind !== 'export') return { content: renderExportProblem(outcome) };
      const stamp = outcome.data.exportedAt.slice(0, 10);
      const json = `study-coach-data-${stamp}.json`;
      const markdown = `portfolio-${stamp}.md`;
      return {
        content: renderExportDone({ json, markdown }),
        files: [
          { name: json, data: Buffer.from(`${JSON.stringify(outcome.data, null, 2)}\n`) },
          { name: markdown, data: Buffer.from(renderPortfolio(context.study.plan, outcome.data)) },
        ],
      };
    }),
} satisfies DiscordCommand;

/** `/forget-me`: asks first; the buttons under the question do the deleting (see forget-me-buttons). */
export const forgetMeCommand = {
  data: new SlashCommandBuilder()
    .setName('forget-me')
    .setDescription('Delete everything the coach keeps about you (asks first)'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => ({
      content: FORGET_ME_QUESTION,
      components: [forgetMeButtons(interaction.user.id, context.clock.now())],
    })),
} satisfies DiscordCommand;
