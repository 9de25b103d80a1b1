import { SlashCommandBuilder } from 'discord.js';
import { renderPortfolio } from '../../../presenters/text/portfolio-markdown.js';
import { renderExportDone, renderExportProblem } from '../../../presenters/text/privacy-text.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { answer } from '../respond.js';

/** `/export`: every record as JSON and the portfolio as Markdown, attached to a private reply. */
export const exportCommand = {
  data: new SlashCommandBuilder()
    .setName('export')
    .setDescription('Your data as JSON and your portfolio as Markdown'),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const { app } = context;
      const outcome = await app.privacy.exportData(actorOf(interaction));
      if (outcome.kind !== 'export') return { content: renderExportProblem(outcome) };
      const stamp = outcome.data.exportedAt.slice(0, 10);
      const json = `study-coach-data-${stamp}.json`;
      const markdown = `portfolio-${stamp}.md`;
      return {
        content: renderExportDone({ json, markdown }),
        files: [
          {
            name: json,
            data: Buffer.from(`${JSON.stringify(outcome.data, null, 2)}\n`),
            contentType: 'application/json; charset=utf-8',
          },
          {
            name: markdown,
            data: Buffer.from(renderPortfolio(app.plan, outcome.data)),
            contentType: 'text/markdown; charset=utf-8',
          },
        ],
      };
    }),
} satisfies DiscordCommand;
