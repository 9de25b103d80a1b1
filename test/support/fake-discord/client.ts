import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { FakeDiscord } from './fake-discord.js';

/** The intents the bot runs with: guilds, guild and DM messages, message content. */
export const BOT_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

/**
 * A real discord.js Client logged in to the fake and ready (every guild received). Destroy it
 * before closing the fake. `options` override the defaults, e.g. other intents.
 */
export async function loginTestClient(
  fake: FakeDiscord,
  options: Partial<ClientOptions> = {},
): Promise<Client> {
  const client = new Client({
    intents: BOT_INTENTS,
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...options,
    rest: { ...options.rest, api: fake.apiUrl },
  });
  const ready = once(client, Events.ClientReady);
  try {
    await client.login(fake.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  return client;
}
