import type { Client, ClientOptions, Interaction } from 'discord.js';
import { Events } from 'discord.js';
import { afterEach, beforeEach } from 'vitest';
import { loginTestClient } from './client.js';
import type { FakeDiscord } from './fake-discord.js';
import { startFakeDiscord } from './server.js';
import type { FakeDiscordOptions } from './types.js';

/** The fake and a logged-in client for the current test; read them inside tests, not at collection. */
export interface FakeDiscordSession {
  readonly fake: FakeDiscord;
  readonly client: Client;
}

/**
 * Starts a fake Discord and logs a real discord.js client in before each test, and destroys
 * both after it. Call at the top of a describe block.
 */
export function useFakeDiscord(
  options: FakeDiscordOptions = {},
  clientOptions: Partial<ClientOptions> = {},
): FakeDiscordSession {
  let fake: FakeDiscord | undefined;
  let client: Client | undefined;
  beforeEach(async () => {
    fake = await startFakeDiscord(options);
    client = await loginTestClient(fake, clientOptions);
  });
  afterEach(async () => {
    await client?.destroy();
    await fake?.close();
    client = undefined;
    fake = undefined;
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useFakeDiscord: only available inside a test');
    return value;
  };
  return {
    get fake() {
      return need(fake);
    },
    get client() {
      return need(client);
    },
  };
}

/** Runs `handler` on the client's next interaction; resolves with its result or rejects with its error. */
export function onNextInteraction<T>(
  client: Client,
  handler: (interaction: Interaction) => Promise<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    client.once(Events.InteractionCreate, (interaction) => handler(interaction).then(resolve, reject));
  });
}
