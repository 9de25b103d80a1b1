import { SlashCommandBuilder } from 'discord.js';
import type { ExportFile } from '../../../app/privacy/export.js';
import { renderPortfolio } from '../../../presenters/text/portfolio-markdown.js';
import {
  EXPORT_FILES_CONTINUED,
  renderExportDone,
  renderExportProblem,
} from '../../../presenters/text/privacy-text.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { answer, type ReplyBody, type ReplyFile } from '../respond.js';

// Discord takes 10 files and 10 MiB a message in a server without boosts; leave room for the form.
const FILES_PER_MESSAGE = 10;
const BYTES_PER_MESSAGE = 8 * 1024 * 1024;

/** `/export`: every record as JSON, the portfolio as Markdown and the kept proof files, attached to a private reply. */
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
      const [first = [], ...rest] = inMessages([
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
        ...outcome.files.map(replyFile),
      ]);
      return {
        content: renderExportDone({ json, markdown, proofFiles: outcome.files.length }),
        files: first,
        more: rest.map((files): ReplyBody => ({ content: EXPORT_FILES_CONTINUED, files })),
      };
    }),
} satisfies DiscordCommand;

function replyFile(file: ExportFile): ReplyFile {
  return {
    name: file.name,
    data: Buffer.from(file.bytes),
    ...(file.contentType === null ? {} : { contentType: file.contentType }),
  };
}

/** The files in order, in as few messages as Discord's limits allow. */
function inMessages(files: readonly ReplyFile[]): ReplyFile[][] {
  const messages: ReplyFile[][] = [];
  let bytes = 0;
  for (const file of files) {
    const current = messages.at(-1);
    if (
      current === undefined ||
      current.length === FILES_PER_MESSAGE ||
      bytes + file.data.length > BYTES_PER_MESSAGE
    ) {
      messages.push([file]);
      bytes = file.data.length;
    } else {
      current.push(file);
      bytes += file.data.length;
    }
  }
  return messages;
}
