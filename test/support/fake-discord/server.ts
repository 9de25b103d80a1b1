import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AttachmentStore } from './attachments.js';
import { dispatchHelpers } from './dispatch.js';
import { FaultInjector, GlobalLimiter } from './faults.js';
import type { FakeDiscord } from './fake-discord.js';
import { defaultWorld } from './fixtures.js';
import { FakeGateway } from './gateway.js';
import { InteractionRegistry } from './interactions.js';
import { NonceMemory } from './messages.js';
import { PollBook } from './polls.js';
import { matchPattern } from './router.js';
import { Latency, createRestHandler } from './rest.js';
import { appRoutes } from './rest-app.js';
import { channelRoutes } from './rest-channels.js';
import { guildRoutes } from './rest-guilds.js';
import { interactionRoutes } from './rest-interactions.js';
import type { Services } from './services.js';
import { Signal } from './signal.js';
import { WorldState } from './state.js';
import type { FakeDiscordOptions, RecordedRequest } from './types.js';
import { statsOf } from './stats.js';

/** The token the fake expects unless told otherwise. */
export const FAKE_TOKEN = 'fake-bot-token';

/**
 * Starts a local Discord-compatible server (REST under /api/v10 and the gateway WebSocket) on
 * 127.0.0.1 with a free port. Point discord.js at it with `rest: { api: fake.apiUrl }`.
 */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = options.token ?? FAKE_TOKEN;
  const signal = new Signal();
  const world = new WorldState(options.world ?? defaultWorld());
  let origin = '';
  const gateway = new FakeGateway({
    world,
    token,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    signal,
    resumeUrl: () => `ws://${origin}/resume`,
  });
  const services: Services = {
    world,
    gateway,
    interactions: new InteractionRegistry(signal),
    attachments: new AttachmentStore(() => origin, signal),
    nonces: new NonceMemory(options.nonceWindowMs ?? 5 * 60_000),
    polls: new PollBook(),
    signal,
    interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
    echoBotMessages: options.echoBotMessages ?? true,
    gatewayUrl: () => `ws://${origin}/gateway`,
  };
  const requests: RecordedRequest[] = [];
  const faults = new FaultInjector();
  const limiter = new GlobalLimiter(options.globalRateLimit ?? null);
  const latency = new Latency(options.latencyMs ?? 0);
  const counters = { globalRateLimited: 0 };
  const routes = [
    ...appRoutes(services),
    ...interactionRoutes(services),
    ...channelRoutes(services),
    ...guildRoutes(services),
  ];
  const rest = createRestHandler({ routes, token, faults, limiter, latency, requests, counters, signal });
  const http = createServer((request, response) => {
    if (!services.attachments.serve(request, response)) rest(request, response);
  });
  gateway.attach(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `127.0.0.1:${(http.address() as AddressInfo).port}`;
  const helpers = dispatchHelpers(services);

  return {
    apiUrl: `http://${origin}/api`,
    gatewayUrl: services.gatewayUrl(),
    token,
    world,
    gateway,
    requests,
    interactions: {
      slash: helpers.slash,
      autocomplete: helpers.autocomplete,
      button: helpers.button,
      modal: helpers.modal,
    },
    polls: {
      vote: (vote) =>
        services.polls.vote(messageOrThrow(world, vote.channelId, vote.messageId), vote, Date.now()),
      end: (channelId, messageId) =>
        services.polls.end(messageOrThrow(world, channelId, messageId), Date.now()),
    },
    users: { sendGuildMessage: helpers.guildMessage, sendDirectMessage: helpers.directMessage },
    faults: {
      inject: (spec) => faults.inject(spec),
      rateLimit: (path, more = {}) => faults.inject({ kind: 'rate-limit', path, ...more }),
      fail: (path, status, more = {}) => faults.inject({ kind: 'error', path, status, ...more }),
      clear: () => faults.clear(),
      pending: () => faults.pending(),
    },
    setLatency: (ms) => (latency.ms = ms),
    releaseLatency: () => latency.release(),
    setGlobalRateLimit: (perSecond) => (limiter.perSecond = perSecond),
    channelMessages: (channelId) => world.channelMessages(channelId),
    dmChannelId: (userId) => world.dmChannel(userId),
    attachmentDownloads: services.attachments.downloads,
    waitForRequest: (method, path, timeoutMs = 2000) =>
      signal.until(
        () =>
          requests.find(
            (request) =>
              request.method === method.toUpperCase() &&
              request.status !== 0 &&
              (path instanceof RegExp
                ? path.test(request.path)
                : matchPattern(path, request.path) !== undefined),
          ),
        timeoutMs,
        `${method} ${String(path)}`,
      ),
    waitForMessage: (channelId, predicate = () => true, timeoutMs = 2000) =>
      signal.until(
        () => world.channelMessages(channelId).find(predicate),
        timeoutMs,
        `a message in ${channelId}`,
      ),
    stats: () => statsOf(requests, counters, faults),
    close: async () => {
      await gateway.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function messageOrThrow(world: WorldState, channelId: string, messageId: string) {
  const message = world.findMessage(channelId, messageId);
  if (message === undefined) throw new Error(`no message ${messageId} in channel ${channelId}`);
  return message;
}
