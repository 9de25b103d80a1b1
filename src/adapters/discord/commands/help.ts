import { SlashCommandBuilder } from 'discord.js';
import type { DiscordCommand } from '../discord-command.js';
import { helpReply } from '../render/help-embed.js';
import { answer } from '../respond.js';

/** `/help`: every command in one short list. */
export const helpCommand = {
  data: new SlashCommandBuilder().setName('help').setDescription('What the coach can do'),
  execute: (interaction, context) => answer(interaction, context, async () => helpReply()),
} satisfies DiscordCommand;
