import { Client, GatewayIntentBits, Partials } from 'discord.js';

/** One gateway shard of `count`: this process gets the guilds with (guild_id >> 22) % count === id. */
export interface GatewayShard {
  readonly id: number;
  readonly count: number;
}

/**
 * The discord.js client as this bot needs it. Slash commands need only Guilds; GuildMessages
 * and DirectMessages (with the Channel partial, or DM events never fire) deliver messages
 * that mention the bot and DMs, whose content arrives without the privileged MessageContent
 * intent. `allowedMentions: { parse: [] }` means nothing a learner wrote can ping
 * @everyone, a role or a member when we repeat it.
 */
export function createDiscordClient(apiUrl: string, shard?: GatewayShard): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: { api: apiUrl },
    // One shard per process: Discord sends this process its share of the guilds (and DMs to shard 0).
    ...(shard === undefined ? {} : { shards: [shard.id], shardCount: shard.count }),
  });
}
