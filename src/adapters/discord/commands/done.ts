import { SlashCommandBuilder } from 'discord.js';
import { MAX_PROOF_TEXT } from '../../../core/learner/proof.js';
import { renderProofFileTooLarge, renderSubmitted } from '../../../presenters/text/review-text.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { fetchProofFile, isTooLargeToKeep } from '../proof-file.js';
import { readProof } from '../proof-input.js';
import { discordWhen } from '../render/coaching-reply.js';
import { answer } from '../respond.js';

/** `/done proof [link] [file]`: completes the learner's current day; an attached file becomes a proof link. */
export const doneCommand = {
  data: new SlashCommandBuilder()
    .setName('done')
    .setDescription('Complete your current day with proof')
    .addStringOption((option) =>
      option
        .setName('proof')
        .setDescription('What you built or can now explain')
        .setRequired(true)
        .setMaxLength(MAX_PROOF_TEXT),
    )
    .addStringOption((option) => option.setName('link').setDescription('A link to your work (http or https)'))
    .addAttachmentOption((option) =>
      option.setName('file').setDescription('A screenshot or file of your work (a copy is kept up to 2 MB)'),
    ),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const attachment = interaction.options.getAttachment('file');
      const proof = readProof({
        text: interaction.options.getString('proof', true),
        link: interaction.options.getString('link'),
        fileUrl: attachment?.url,
      });
      const file =
        attachment === null
          ? undefined
          : {
              name: attachment.name,
              size: attachment.size,
              url: attachment.url,
              contentType: attachment.contentType,
            };
      if (file !== undefined && isTooLargeToKeep(file)) {
        return { content: renderProofFileTooLarge(file, interaction.options.getString('proof', true)) };
      }
      const outcome = await context.app.coaching.submitProof(actorOf(interaction), proof, {
        ...(file === undefined ? {} : { file: await fetchProofFile(file) }),
      });
      return { content: renderSubmitted(outcome, discordWhen) };
    }),
} satisfies DiscordCommand;
