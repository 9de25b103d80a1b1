import { SlashCommandBuilder } from 'discord.js';
import { renderDigestSet } from '../../../presenters/text/reminder-text.js';
import { actorOf } from '../actor.js';
import { onOffState, type DiscordCommand } from '../discord-command.js';
import { answer } from '../respond.js';

/** `/digest state:on|off`: the opt-in weekly digest DM. */
export const digestCommand = {
  data: new SlashCommandBuilder()
    .setName('digest')
    .setDescription('A weekly DM with your week: days done, streak, cards recalled, what is next')
    .addStringOption(onOffState),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const on = interaction.options.getString('state', true) === 'on';
      await context.app.reminders.setDigest(actorOf(interaction), on);
      return { content: renderDigestSet(on) };
    }),
} satisfies DiscordCommand;
