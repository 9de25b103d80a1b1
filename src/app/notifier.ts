import type { DayPlace } from '../core/curriculum/plan-lookup.js';

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

/** A day post as the app asks for it; the adapter renders it. */
export interface DayPostRequest {
  readonly place: DayPlace;
  readonly planDays: number;
  /** Idempotency key for this post: the adapter passes it to the platform (Discord `nonce` + `enforce_nonce`). */
  readonly nonce: string;
}

/**
 * Sends what the scheduler decided. Implementations translate to the platform and map its
 * errors to `SendOutcome`; they never throw for platform errors.
 */
export interface Notifier {
  postDay(channelId: string, request: DayPostRequest): Promise<SendOutcome>;
  /** Plain announcement (cycle complete, module recap), with an idempotency nonce. */
  postText(channelId: string, text: string, nonce: string): Promise<SendOutcome>;
  /** After a crash between claim and confirmation: the message id of a post with this nonce, if it exists. */
  findPost(channelId: string, nonce: string): Promise<string | null>;
  /**
   * Opens (or gets back: Discord returns the same one) the DM channel with a user, so the
   * caller can keep its id and later DMs cost one request. A user who closed their DMs is
   * refused at the send, not here.
   */
  openDm(userId: string): Promise<DmChannelOutcome>;
  /** The learner's own day by DM. `dmChannelId` is the cached DM channel when known (one request instead of two). */
  dmDay(
    userId: string,
    dmChannelId: string | null,
    request: DayPostRequest,
  ): Promise<SendOutcome & { readonly dmChannelId?: string }>;
}
