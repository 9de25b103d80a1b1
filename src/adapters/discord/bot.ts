import { Events, MessageFlags, Status, type Client, type Interaction } from 'discord.js';
import type { BotMetrics } from '../metrics/metrics.js';
import { handleCoachMessage } from './messaging/question-messages.js';
import type { DiscordCommand, DiscordContext } from './discord-command.js';
import { createRouter } from './router.js';
import { RESTARTING } from './error-handler.js';

/** A connected (or connectable) bot: the client, and how to start and stop it. */
export interface DiscordBot {
  readonly client: Client;
  /** Logs in and resolves once the gateway says READY. */
  start(token: string): Promise<void>;
  /** True while the gateway connection is ready. */
  connected(): boolean;
  /**
   * Takes no new interaction (one arriving now is told to try again in a minute), lets the
   * interactions in flight finish (up to `graceMs`), then closes the gateway connection.
   */
  stop(graceMs?: number): Promise<void>;
}

/** What the bot is built from: the client (`createDiscordClient`), the commands, and the context handlers get. */
export interface DiscordBotDeps {
  readonly client: Client;
  readonly commands: readonly DiscordCommand[];
  readonly context: DiscordContext;
  /** Counts each interaction answered or failed, and how long it took (`METRICS_PORT`). */
  readonly metrics?: Pick<BotMetrics, 'observeInteraction'>;
}

/** What kind of interaction it was, for the metrics: the command's name, or the component kind. */
const kindOf = (interaction: Interaction): string =>
  interaction.isChatInputCommand()
    ? interaction.commandName
    : interaction.isButton()
      ? 'button'
      : interaction.isModalSubmit()
        ? 'form'
        : 'other';

/** Wires every interaction through the one router, and every message to the coach. */
export function createDiscordBot(deps: DiscordBotDeps): DiscordBot {
  const { client } = deps;
  const { logger } = deps.context;
  const route = createRouter(deps.commands, deps.context);
  const inFlight = new Set<Promise<void>>();
  let closing = false;

  const refuse = async (interaction: Interaction): Promise<void> => {
    if (!interaction.isRepliable()) return;
    await interaction
      .reply({ content: RESTARTING, flags: MessageFlags.Ephemeral })
      .catch((error: unknown) => logger.warn('could not refuse an interaction at shutdown', { error }));
  };

  client.on(Events.InteractionCreate, (interaction) => {
    if (closing) {
      const refused = refuse(interaction).finally(() => inFlight.delete(refused));
      inFlight.add(refused);
      return;
    }
    const started = performance.now();
    const handled = route(interaction)
      .then((outcome) =>
        deps.metrics?.observeInteraction(kindOf(interaction), outcome, (performance.now() - started) / 1000),
      )
      .finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });
  // Questions by DM, by mention, and follow-ups in the coach's threads; failures are handled inside.
  client.on(Events.MessageCreate, (message) => {
    const handled = handleCoachMessage(message, deps.context).finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn('gateway disconnected', { code: event.code, shardId }),
  );

  return {
    client,
    async start(token) {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await ready;
      logger.info('discord bot ready', { userId: client.user?.id, guilds: client.guilds.cache.size });
    },
    connected: () => client.ws.status === Status.Ready,
    async stop(graceMs = 5_000) {
      closing = true;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      clearTimeout(timer);
      await client.destroy();
    },
  };
}
