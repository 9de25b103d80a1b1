import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { actorOf } from '../actor.js';
import type { DiscordCommand } from '../discord-command.js';
import { renderBuddyJoin, renderBuddyLeave, renderBuddyStatus } from '../render/buddy-text.js';
import { answer } from '../respond.js';

/** `/buddy join|leave|status`: opt-in study buddies, paired each Monday in this server. */
export const buddyCommand = {
  data: new SlashCommandBuilder()
    .setName('buddy')
    .setDescription('A study buddy from this server each week, paired on Mondays')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) => sub.setName('join').setDescription('Be paired with a study buddy each Monday'))
    .addSubcommand((sub) => sub.setName('leave').setDescription('Stop being paired (any time)'))
    .addSubcommand((sub) =>
      sub.setName('status').setDescription('Your buddy this week, or when pairing happens next'),
    ),
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      const actor = actorOf(interaction);
      const { buddies } = context.app;
      switch (interaction.options.getSubcommand(true)) {
        case 'join':
          return { content: renderBuddyJoin(await buddies.join(actor)) };
        case 'leave':
          return { content: renderBuddyLeave(await buddies.leave(actor)) };
        default:
          return { content: renderBuddyStatus(await buddies.status(actor)) };
      }
    }),
} satisfies DiscordCommand;
