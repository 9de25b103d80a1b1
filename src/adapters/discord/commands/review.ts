import { SlashCommandBuilder } from 'discord.js';
import type { DiscordCommand } from '../discord-command.js';
import { reviewModal } from '../render/coaching-forms.js';
import { readDraftFile, renderDraftFileProblem } from '../review-file.js';
import { replyWithReview } from '../review-reply.js';

/**
 * `/review [file] [kind]`: without a file, a form for the draft (up to 4,000 characters);
 * with a `.md` or `.txt` file, up to 20,000. The kind defaults to the post the day asks for.
 */
export const reviewCommand = {
  data: new SlashCommandBuilder()
    .setName('review')
    .setDescription('Review your LinkedIn or blog draft against your day')
    .addAttachmentOption((option) =>
      option.setName('file').setDescription('A .md or .txt file with your draft (up to 20,000 characters)'),
    )
    .addStringOption((option) =>
      option
        .setName('kind')
        .setDescription('The kind of post (default: the one your day asks for)')
        .addChoices({ name: 'LinkedIn post', value: 'linkedin' }, { name: 'Blog post', value: 'blog' }),
    ),
  async execute(interaction, context) {
    const kind = interaction.options.getString('kind');
    const postKind = kind === 'linkedin' || kind === 'blog' ? kind : null;
    const file = interaction.options.getAttachment('file');
    // A form must be the first response, so it opens before anything else is looked up.
    if (file === null) {
      await interaction.showModal(reviewModal(postKind));
      return;
    }
    return replyWithReview(
      interaction,
      context,
      async () => {
        const read = await readDraftFile({ name: file.name, size: file.size, url: file.url });
        return read.kind === 'text' ? { text: read.text } : { problem: renderDraftFileProblem(read) };
      },
      { source: 'file', postKind },
    );
  },
} satisfies DiscordCommand;
