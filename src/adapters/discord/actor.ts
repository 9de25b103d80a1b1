import { PermissionFlagsBits, type Interaction, type Message } from 'discord.js';
import { learnerIdOf, type ActorRef } from '../../app/actor.js';

/** The platform name in learner ids (`discord:1234`): progress belongs to the Discord user, the same in every server and in DMs. */
export const DISCORD_PLATFORM = 'discord';

/** The learner id of a Discord user. */
export const discordLearnerId = (userId: string): string => learnerIdOf(DISCORD_PLATFORM, userId);

/** Who is acting in an interaction: the user, the server it came from (null in DMs), and whether they manage it. */
export function actorOf(interaction: Interaction): ActorRef {
  return {
    id: discordLearnerId(interaction.user.id),
    displayName: interaction.user.displayName,
    serverId: interaction.guildId,
    admin: interaction.inGuild() && interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild),
  };
}

/** Who wrote a message to the coach (a DM, a mention, a thread follow-up). */
export function actorOfMessage(message: Message): ActorRef {
  return {
    id: discordLearnerId(message.author.id),
    displayName: message.author.displayName,
    serverId: message.guildId,
    admin: message.member?.permissions.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
}
