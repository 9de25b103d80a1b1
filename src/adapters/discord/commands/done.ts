import { SlashCommandBuilder } from 'discord.js';
import { MAX_PROOF_TEXT } from '../../../core/learner/proof.js';
import type { DiscordCommand } from '../discord-command.js';
import { handInProof } from '../hand-in-proof.js';
import { answer } from '../respond.js';

/** `/done proof [link] [file] [share]`: completes the learner's current day; an attached file becomes a proof link. */
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
    )
    .addBooleanOption((option) =>
      option
        .setName('share')
        .setDescription("Post your proof in the day's thread (default: /settings share)"),
    ),
  execute: (interaction, context) =>
    answer(interaction, context, () =>
      handInProof(interaction, context, {
        text: interaction.options.getString('proof', true),
        link: interaction.options.getString('link'),
        attachment: interaction.options.getAttachment('file'),
        share: interaction.options.getBoolean('share'),
        entry: 'done-command',
      }),
    ),
} satisfies DiscordCommand;
