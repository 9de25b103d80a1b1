import type { AttachmentDownload } from './attachments.js';
import type {
  AutocompleteInput,
  ButtonInput,
  DispatchedMessage,
  ModalInput,
  SlashInput,
  UserMessageInput,
} from './dispatch.js';
import type { FaultSpec } from './faults.js';
import type { PollVote } from './polls.js';
import type { FakeGateway } from './gateway.js';
import type { DispatchedInteraction } from './interactions.js';
import type { Json } from './json.js';
import type { WorldState } from './state.js';
import type { FakeDiscordStats } from './stats.js';
import type { RecordedRequest } from './types.js';

type PathMatcher = string | RegExp;

/** Injects failures into matching REST requests (path patterns like `/channels/:id/messages`). */
export interface FaultControls {
  inject(spec: FaultSpec): void;
  /** 429 with Discord's rate-limit headers; `global` sets X-RateLimit-Global. */
  rateLimit(
    path: PathMatcher,
    options?: { method?: string; times?: number; retryAfterMs?: number; global?: boolean },
  ): void;
  /** An error answer, e.g. `fail('/channels/:id/messages', 403, { code: 50013, message: 'Missing Permissions' })`. */
  fail(
    path: PathMatcher,
    status: number,
    options?: { method?: string; times?: number; after?: number; code?: number; message?: string },
  ): void;
  clear(): void;
  /** Injected failures still to come. */
  pending(): number;
}

/** A running fake Discord: REST, gateway, the world behind them, and test controls. */
export interface FakeDiscord {
  /** For `new Client({ rest: { api } })`: `http://127.0.0.1:PORT/api`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  /** The bot token REST and IDENTIFY must carry. */
  readonly token: string;
  readonly world: WorldState;
  readonly gateway: FakeGateway;
  /** Every REST request, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Act as a user: dispatch INTERACTION_CREATE and get a handle to await the bot's answer. */
  readonly interactions: {
    slash(input: SlashInput): DispatchedInteraction;
    /** The user typing in an option marked autocomplete; the bot answers with callback type 8. */
    autocomplete(input: AutocompleteInput): DispatchedInteraction;
    button(input: ButtonInput): DispatchedInteraction;
    modal(input: ModalInput): DispatchedInteraction;
  };
  /** Act as a user: post a message in a guild channel or a DM to the bot (MESSAGE_CREATE). */
  readonly users: {
    sendGuildMessage(input: UserMessageInput): DispatchedMessage;
    sendDirectMessage(input: UserMessageInput): DispatchedMessage;
  };
  readonly faults: FaultControls;
  /** Act on polls as users and time would: cast votes, and end a poll as its expiry passing does. */
  readonly polls: {
    /** A user's vote (answer ids from 1); GET message then shows it in `poll.results.answer_counts`. */
    vote(vote: PollVote): void;
    /** The poll's time is up: its results become final (`is_finalized`). */
    end(channelId: string, messageId: string): void;
  };
  setLatency(ms: number): void;
  /** Answers now every request still waiting out the latency (as if it had passed). */
  releaseLatency(): void;
  /** Discord allows 50 requests per second per bot; `null` turns the limit off. */
  setGlobalRateLimit(perSecond: number | null): void;
  /** Messages stored in a channel, oldest first (ephemeral replies are not stored, as on Discord). */
  channelMessages(channelId: string): readonly Json[];
  /** The DM channel id with a user (opened if needed). */
  dmChannelId(userId: string): string;
  /** Every download of a slash-command attachment from the fake's CDN route, in order. */
  readonly attachmentDownloads: readonly AttachmentDownload[];
  /** The first answered request matching method and path (pattern or RegExp). */
  waitForRequest(method: string, path: PathMatcher, timeoutMs?: number): Promise<RecordedRequest>;
  /** The first message in the channel matching the predicate. */
  waitForMessage(
    channelId: string,
    predicate?: (message: Json) => boolean,
    timeoutMs?: number,
  ): Promise<Json>;
  stats(): FakeDiscordStats;
  close(): Promise<void>;
}
