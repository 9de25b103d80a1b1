import { PermissionFlagsBits, type Interaction, type Message } from 'discord.js';
import { learnerIdOf, type ActorRef } from '../../app/actor.js';

/** The platform name in learner ids (`discord:1234`): progress belongs to the Discord user, the same in every server and in DMs. */
export const DISCORD_PLATFORM = 'discord';

/** The learner id of a Discord user. */
export const discordLearnerId = (userId: string): string => learnerIdOf(DISCORD_PLATFORM, userId);

/**
 * Who is acting in an interaction: the user, the server it came from, and whether they manage it.
 * The server is null in DMs and where only the user installed the app: a server that has not added
 * the coach has no cohort, so nothing is noted against it.
 */
export function actorOf(interaction: Interaction): ActorRef {
  const installedHere =
    interaction.guildId !== null && interaction.authorizingIntegrationOwners.guildId === interaction.guildId;
  return {
    id: discordLearnerId(interaction.user.id),
    displayName: interaction.user.displayName,
    serverId: installedHere ? interaction.guildId : null,
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
