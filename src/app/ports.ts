/**
 * The app's ports: the few things it needs from the outside world, shaped by the app.
 * Adapters implement them; tests pass hand-written fakes. Every port of the app is here.
 */
import type { DayPlace } from '../core/curriculum/plan-lookup.js';
import type { Day, Plan, Post } from '../core/curriculum/plan.js';
import type { ForumTag } from '../core/schedule/forum-tags.js';
import type { CheckpointAssessment, Proof } from '../core/learner/learner.js';
import type { ConversationTurn } from '../core/prompts/learner-data.js';
import type { DayPollResults } from '../core/progress/day-poll.js';
import type { PostReview } from '../core/review/post-review.js';

/** The one place that asks what time it is. Only the app reads it; adapters never do. */
export interface Clock {
  now(): Date;
}

/**
 * A key-value store with the atomic steps the coach needs to stay correct when several
 * processes share it (Redis, PostgreSQL) as well as in one process (SQLite, memory).
 * Values are JSON. Errors from the backing store are thrown, never swallowed.
 */
export interface Store {
  /** The value, undefined when absent; a stored value that is not valid JSON is an {@link UndecodableValue}. */
  get(key: string): Promise<unknown>;
  /** The values of `keys`, in their order (undefined where absent), in as few round trips as the backend allows. */
  getMany(keys: readonly string[]): Promise<unknown[]>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  /**
   * Atomically stores `value` (without expiry) only if no value is there; true when this call
   * stored it. One write: a first record needs no lease around it.
   */
  create(key: string, value: unknown): Promise<boolean>;
  /** Removes the key's value, claim, counter and set, whichever exist. */
  delete(key: string): Promise<void>;
  /** Atomically stores `owner` under `key` only if nothing is there; true when this call won. */
  claim(key: string, owner: string, ttlMs?: number): Promise<boolean>;
  /** The current owner of a claim, or undefined. */
  claimOwner(key: string): Promise<string | undefined>;
  /** Atomically removes a claim only if `owner` still holds it (lease release). */
  release(key: string, owner: string): Promise<boolean>;
  /** Atomically adds `by` and returns the new total; the counter expires `ttlMs` after it is created. */
  increment(key: string, by: number, ttlMs?: number): Promise<number>;
  /** Current value of a counter (0 when absent). */
  counter(key: string): Promise<number>;
  addToSet(key: string, member: string): Promise<void>;
  removeFromSet(key: string, member: string): Promise<void>;
  setMembers(key: string): Promise<string[]>;
  /** The members of each set of `keys`, in their order (each sorted), in as few round trips as the backend allows. */
  setMembersMany(keys: readonly string[]): Promise<string[][]>;
  /** Puts `member` in the ranking at `key` with `score`, or moves it there. */
  rankSet(key: string, member: string, score: number): Promise<void>;
  rankRemove(key: string, member: string): Promise<void>;
  /** The `limit` highest-scored members, highest first; ties in an order the backend keeps stable. */
  rankTop(key: string, limit: number): Promise<RankedMember[]>;
  /** Up to `limit` members scored at most `maxScore`, lowest first. */
  rankUpTo(key: string, maxScore: number, limit: number): Promise<RankedMember[]>;
  /** How many members score above `above` (every member when omitted). */
  rankCount(key: string, above?: number): Promise<number>;
  rankScore(key: string, member: string): Promise<number | undefined>;
  /**
   * Deletes up to `limit` expired values, claims and counters (each kind), through an index,
   * never a scan; the number deleted. A no-op where the backend expires keys itself (Redis).
   */
  sweepExpired(limit: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * What `Store.get` gives for a value that is not valid JSON (edited by hand, a torn write): its
 * raw text, so the reader can set it aside instead of failing on every read.
 */
export interface UndecodableValue {
  readonly undecodable: string;
}

/** True for what `Store.get` gives when the stored value could not be decoded. */
export const isUndecodable = (value: unknown): value is UndecodableValue =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 1 &&
  typeof (value as { undecodable?: unknown }).undecodable === 'string';

/** A member of a ranking with its score. */
export interface RankedMember {
  readonly member: string;
  readonly score: number;
}

/** Structured log lines. Adapters must never pass secrets (tokens, API keys) in `context`. */
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** Outcome of one send to Discord (or any chat platform). */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly messageId: string }
  /** The bot may not post there (missing permission) or the user closed their DMs (403). */
  | { readonly kind: 'forbidden'; readonly detail: string }
  /** The channel no longer exists. */
  | { readonly kind: 'gone'; readonly detail: string }
  /** A passing failure (5xx, network, rate limit exhausted): safe to try again later. */
  | { readonly kind: 'failed'; readonly detail: string };

/** Outcome of opening a DM channel. */
export type DmChannelOutcome =
  { readonly kind: 'opened'; readonly channelId: string } | Exclude<SendOutcome, { readonly kind: 'sent' }>;

/**
 * Opening the discussion thread under a cohort's day post. The platform keeps one thread per
 * message, so asking again for the same post gets the thread already there.
 */
export type ThreadOutcome =
  { readonly kind: 'opened'; readonly threadId: string } | Exclude<SendOutcome, { readonly kind: 'sent' }>;

/**
 * Looking for an earlier post by its nonce after a crash: its id, surely absent, or unknown
 * (the channel could not be read now), when sending again could post twice.
 */
export type FoundPost = string | null | { readonly unreadable: string };

/** A day post as the app asks for it; the adapter renders it. */
export interface DayPostRequest {
  readonly place: DayPlace;
  readonly planDays: number;
  /** Text that opens the post (the end-of-cycle message on a new cycle's first day), or null. */
  readonly preface?: string | null;
  /** Idempotency key for this post: the adapter passes it to the platform (Discord `nonce` + `enforce_nonce`). */
  readonly nonce: string;
  /**
   * A learner's DM reminder: its local date (for the snooze buttons), whether it is the snoozed
   * one, and the personal line it opens with.
   */
  readonly reminder?: { readonly slotDate: string; readonly snoozed: boolean; readonly line: ReminderLine };
}

/** The one personal line that opens a learner's DM reminder: "Day 34 of 60 · 5-day streak · 3 recall cards due". */
export interface ReminderLine {
  /** The learner's own current day. */
  readonly day: number;
  /** The last day number of the plan (the journey's, when there are cycles). */
  readonly lastDay: number;
  /** Days in a row so far; 0 says nothing about a streak. */
  readonly streak: number;
  /** Recall cards due now; 0 says nothing about recall. */
  readonly cardsDue: number;
}

/** A learner's proof shared with the cohort in a day's thread; the adapter renders it. */
export interface SharedProof {
  /** The learner's display name. */
  readonly who: string;
  readonly day: number;
  readonly title: string;
  readonly text: string;
  /** The proof's links, an attachment's among them. */
  readonly links: readonly string[];
}

/** Outcome of deleting one of the bot's messages; a message already gone counts as deleted. */
export type DeleteOutcome = { readonly kind: 'deleted' } | Exclude<SendOutcome, { readonly kind: 'sent' }>;

/**
 * Sends what the scheduler decided. Implementations translate to the platform and map its
 * errors to `SendOutcome`; they never throw for platform errors.
 */
export interface Notifier {
  /** The platform whose users it reaches (`discord`): learners with ids of another platform get no DMs. */
  readonly platform: string;
  /** A day of the plan, in a server channel or a DM channel. */
  postDay(channelId: string, request: DayPostRequest): Promise<SendOutcome>;
  /** Plain announcement (cycle complete, section recap, streak warning), with an idempotency nonce. */
  postText(channelId: string, text: string, nonce: string): Promise<SendOutcome>;
  /** The cohort's thread for a day ("Day 32 · RDD Fundamentals"), under that day's post. */
  openDayThread(channelId: string, messageId: string, place: DayPlace): Promise<ThreadOutcome>;
  /**
   * A day as its own post in a forum channel, tagged with those of `tags` the forum has: the
   * post is the day's thread, and the outcome's `messageId` is the thread's id (its first
   * message has the same id). The platform keeps no nonce for forum posts: after a crash,
   * {@link Notifier.findForumPost} looks for the post before anything is sent again.
   */
  postDayInForum(forumId: string, request: DayPostRequest, tags: readonly ForumTag[]): Promise<SendOutcome>;
  /** A plain announcement as its own forum post, titled by its first line; `messageId` is the post's id. */
  postTextInForum(forumId: string, text: string, nonce: string): Promise<SendOutcome>;
  /** After a crash: the id of the forum post sent with this nonce, null when surely absent. */
  findForumPost(forumId: string, nonce: string): Promise<FoundPost>;
  /** A learner's shared proof, in a day's thread; no mention in it notifies anyone. */
  postShare(threadId: string, share: SharedProof): Promise<SendOutcome>;
  /** Deletes one of the bot's messages (an unshared proof). */
  deleteMessage(channelId: string, messageId: string): Promise<DeleteOutcome>;
  /** After a crash between claim and confirmation: the message id of a post with this nonce, if it exists. */
  findPost(channelId: string, nonce: string): Promise<string | null>;
  /**
   * The "How hard was today?" poll (core/progress/day-poll.ts) as a message of its own, with
   * nothing else on it (a poll can't share a message with embeds or buttons, and a message with
   * a poll can't be edited), sent with an idempotency nonce.
   */
  postDayPoll(channelId: string, nonce: string): Promise<SendOutcome>;
  /** After a crash between claim and confirmation: the id of the bot's day poll sent in `channelId` after message `afterId`, if it exists. */
  findDayPoll(channelId: string, afterId: string): Promise<string | null>;
  /** The answers so far of a day poll the bot sent (or of a post that carried one), read from the platform. */
  dayPollResults(channelId: string, messageId: string): Promise<DayPollResults>;
  /**
   * Opens (or gets back: Discord returns the same one) the DM channel with a user, so the
   * caller can keep its id and later DMs cost one request. A user who closed their DMs is
   * refused at the send, not here.
   */
  openDm(userId: string): Promise<DmChannelOutcome>;
}

/** Tokens one model call used; the cache counters are 0 when nothing was cached. */
export interface TokenUsage {
  readonly input: number;
  readonly output: number;
  readonly cacheRead: number;
  readonly cacheWrite: number;
}

/** Why a model call gave no answer; the presenters turn each into a sentence. */
export type ModelFailureReason =
  'rate-limited' | 'overloaded' | 'timed-out' | 'not-configured' | 'bad-output' | 'unavailable';

/** A model call that gave no answer; `retryAfterSeconds` when the API said how long to wait. */
export interface ModelFailure {
  readonly kind: 'failed';
  readonly reason: ModelFailureReason;
  readonly retryAfterSeconds?: number;
}

/** The answer of a model call, or why there is none. Never thrown. */
export type ModelOutcome<T> =
  { readonly kind: 'ok'; readonly value: T; readonly usage: TokenUsage } | ModelFailure;

/**
 * Text that arrives piece by piece, then a result: iterate it for the pieces; the generator's
 * return value is the result. Data flows back out to the caller; nothing is called back.
 */
export type TextStream<R> = AsyncGenerator<string, R, void>;

/** A day of the plan a question is about, with its score relative to the best match (1). */
export interface DayMatch {
  readonly day: number;
  readonly score: number;
}

/**
 * Full-text search over every day of one plan (title, objective, work, details, Python skill,
 * checkpoint, resources, post), built once when the plan is loaded. Pure lookups, no I/O.
 */
export interface DaySearch {
  /** The days whose fields match the question, best first; empty when nothing does. */
  search(question: string): readonly DayMatch[];
}

/** A concept question about the learner's current day, with the conversation so far. */
export interface AskInput {
  readonly plan: Plan;
  readonly day: Day;
  readonly question: string;
  /** Other days of the plan the question is about, best first; none when it is about the learner's day alone. */
  readonly related?: readonly Day[];
  /** Earlier turns, oldest first; empty for a new conversation. */
  readonly history: readonly ConversationTurn[];
}

/** An answer that handed over the day's work, to be rewritten as steps and hints. */
export interface HintsInput {
  readonly plan: Plan;
  readonly day: Day;
  readonly question: string;
  /** The answer as the model first wrote it. */
  readonly draft: string;
}

/** A LinkedIn or blog draft to review against the day's objective. */
export interface ReviewInput {
  readonly plan: Plan;
  readonly day: Day;
  readonly postKind: Post['kind'];
  readonly postTitle: string;
  readonly draft: string;
}

/** Proof handed in for the day's checkpoint. */
export interface ProofInput {
  readonly plan: Plan;
  readonly day: Day;
  readonly proof: Proof;
}

/** A learner's answer to a recall card, to be checked against the day's material. */
export interface RecallFeedbackInput {
  readonly plan: Plan;
  readonly day: Day;
  readonly question: string;
  readonly answer: string;
}

/**
 * The LLM coach port. Learner text is passed as data and never followed as instructions;
 * every call resolves (failures are outcomes), and none throws for API trouble.
 */
export interface CoachModel {
  /** Streams the answer: the pieces in order, then the outcome holding the whole text. */
  ask(input: AskInput): TextStream<ModelOutcome<string>>;
  review(input: ReviewInput): Promise<ModelOutcome<PostReview>>;
  assessProof(input: ProofInput): Promise<ModelOutcome<CheckpointAssessment>>;
  /** Feedback on a recall answer against the day's own material, before the learner rates it. */
  recallFeedback(input: RecallFeedbackInput): TextStream<ModelOutcome<string>>;
  /** One short call: an answer that handed over the day's work, rewritten as steps and hints. */
  rewriteAsHints(input: HintsInput): Promise<ModelOutcome<string>>;
}
