import { SlashCommandBuilder, type RepliableInteraction } from 'discord.js';
import type { DraftSource } from '../../../app/coaching/outcomes.js';
import type { Post } from '../../../core/curriculum/plan.js';
import { renderReview } from '../../../presenters/text/review-text.js';
import { isServerAdmin } from '../messaging/answer-question.js';
import type { DiscordCommand, DiscordContext } from '../discord-command.js';
import { learnerOf } from '../actor.js';
import { discordWhen } from '../render/coaching-reply.js';
import { reviewModal } from '../render/coaching-forms.js';
import { answer } from '../respond.js';
import { readDraftFile, renderDraftFileProblem } from '../review-file.js';

/** Reviews a draft and answers with the review; shared by the file option and the draft form. */
export function replyWithReview(
  interaction: RepliableInteraction,
  context: DiscordContext,
  draft: () => Promise<{ readonly text: string } | { readonly problem: string }>,
  options: { readonly source: DraftSource; readonly postKind: Post['kind'] | null },
): Promise<void> {
  return answer(interaction, context, async () => {
    const read = await draft();
    if ('problem' in read) return { content: read.problem };
    const { who } = await learnerOf(interaction, context);
    const outcome = await context.coaching.review(who, read.text, {
      source: options.source,
      guildId: interaction.guildId,
      admin: isServerAdmin(interaction),
      ...(options.postKind === null ? {} : { postKind: options.postKind }),
    });
    return { content: renderReview(outcome, discordWhen) };
  });
}

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
