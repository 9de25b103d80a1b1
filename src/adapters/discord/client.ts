import { Client, GatewayIntentBits, Partials } from 'discord.js';

/**
 * The discord.js client as this bot needs it. Slash commands need only Guilds; GuildMessages
 * and DirectMessages (with the Channel partial, or DM events never fire) deliver messages
 * that mention the bot and DMs, whose content arrives without the privileged MessageContent
 * intent. `allowedMentions: { parse: [] }` means nothing a learner wrote can ping
 * @everyone, a role or a member when we repeat it.
 */
export function createDiscordClient(apiUrl: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: { api: apiUrl },
  });
}
