import type { Json } from './json.js';
import type { Signal } from './signal.js';
import type { RecordedFile } from './types.js';

/** The bot's answer to POST /interactions/{id}/{token}/callback. */
export interface InteractionCallback {
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  readonly type: number;
  readonly data: Json | undefined;
  readonly files: readonly RecordedFile[];
  readonly at: number;
}

/** Server-side state of one dispatched interaction. */
export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly payload: Json;
  readonly channelId: string;
  readonly guildId: string | undefined;
  readonly createdAt: number;
  /** The message a component or modal was used on. */
  readonly sourceMessage: Json | undefined;
  callback: InteractionCallback | undefined;
  /** The response message (@original); for updates, the component's message. */
  original: Json | undefined;
  /** True between a deferral and the edit that fills it in. */
  loading: boolean;
  readonly followUps: Json[];
}

/** A dispatched interaction, as a test sees it. */
export interface DispatchedInteraction {
  readonly id: string;
  readonly token: string;
  readonly payload: Json;
  /** The first callback the bot sent (reply, defer, update, modal). */
  callback(timeoutMs?: number): Promise<InteractionCallback>;
  /** The response message once it has content: after a reply or update, or after defer and edit. */
  reply(timeoutMs?: number): Promise<Json>;
  /** The nth follow-up message (1-based). */
  followUp(nth?: number, timeoutMs?: number): Promise<Json>;
  /** The response message as it is now, if any. */
  original(): Json | undefined;
}

/** Interactions by token, and the handles tests await on. */
export class InteractionRegistry {
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(private readonly signal: Signal) {}

  get(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  /** The last modal (callback type 9) shown to the user with this custom_id, as the bot sent it. */
  shownModal(customId: string, userId: string): Json | undefined {
    let shown: Json | undefined;
    for (const record of this.byToken.values()) {
      const data = record.callback?.type === 9 ? record.callback.data : undefined;
      if (data?.custom_id === customId && userOf(record.payload) === userId) shown = data;
    }
    return shown;
  }

  add(record: InteractionRecord): DispatchedInteraction {
    this.byToken.set(record.token, record);
    const until = <T>(check: () => T | undefined, timeoutMs: number, what: string) =>
      this.signal.until(check, timeoutMs, `${what} of interaction ${record.id}`);
    return {
      id: record.id,
      token: record.token,
      payload: record.payload,
      callback: (timeoutMs = 2000) => until(() => record.callback, timeoutMs, 'the callback'),
      reply: (timeoutMs = 2000) =>
        until(
          () => (record.original && !record.loading ? record.original : undefined),
          timeoutMs,
          'the reply',
        ),
      followUp: (nth = 1, timeoutMs = 2000) =>
        until(() => record.followUps[nth - 1], timeoutMs, `follow-up ${nth}`),
      original: () => record.original,
    };
  }
}

const userOf = (payload: Json): unknown =>
  ((payload.member as Json | undefined)?.user as Json | undefined)?.id ??
  (payload.user as Json | undefined)?.id;
