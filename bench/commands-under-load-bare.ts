import { readFile } from 'node:fs/promises';
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  type InteractionReplyOptions,
} from 'discord.js';
import type { BenchBot, BotFlags } from './commands-under-load-bot.js';

/**
 * The baseline: a plain discord.js bot with the coach's client options (same intents, partials
 * and mentions) that answers every /today with one reply computed before it started.
 */
export async function startBareBot(flags: BotFlags): Promise<BenchBot> {
  const reply = JSON.parse(await readFile(flags.reply, 'utf8')) as InteractionReplyOptions;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: { api: flags.api },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand() || interaction.commandName !== 'today') return;
    interaction
      .reply({ ...reply, flags: MessageFlags.Ephemeral })
      .catch((error: unknown) => process.stderr.write(`bare bot: ${String(error)}\n`));
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(flags.token);
  await ready;
  return { stop: () => client.destroy() };
}
