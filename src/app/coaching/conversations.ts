import { z } from 'zod';
import type { ConversationTurn } from '../../core/prompts/learner-data.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';
import type { Clock, Logger, Store } from '../ports.js';
import { readRecord, withLease, writeRecord } from '../storage/versioned-records.js';

/** Limits of a stored conversation: older turns are dropped first, and it expires when left alone. */
export const HISTORY_LIMITS = { turns: 8, chars: 8_000, ttlMs: 24 * 3_600_000 } as const;

/** Where a conversation lives: a Discord thread, or the learner's own (console, DMs, /ask). */
export type ConversationRef =
  | { readonly kind: 'thread'; readonly threadId: string }
  | { readonly kind: 'learner'; readonly learnerId: string };

const TurnsSchema = z.object({
  turns: z.array(z.object({ role: z.enum(['user', 'assistant']), text: z.string() })),
});
const VERSION = 1;

/** The store key of a conversation. */
export function conversationKey(ref: ConversationRef): string {
  return ref.kind === 'thread'
    ? `coach-conversation:thread:${ref.threadId}`
    : `coach-conversation:learner:${ref.learnerId}`;
}

/**
 * The newest turns within the limits, oldest first. Whole question-and-answer pairs are
 * dropped so the history never starts with an answer to a question it no longer holds.
 */
export function capHistory(turns: readonly ConversationTurn[]): ConversationTurn[] {
  let kept = [...turns];
  const size = () => kept.reduce((sum, turn) => sum + turn.text.length, 0);
  while (kept.length > 0 && (kept.length > HISTORY_LIMITS.turns || size() > HISTORY_LIMITS.chars)) {
    kept = kept.slice(kept[0]?.role === 'user' && kept[1]?.role === 'assistant' ? 2 : 1);
  }
  return kept;
}

/** Conversations with the coach, kept for follow-up questions. */
export function createConversations(deps: { store: Store; clock: Clock; logger: Logger }) {
  const { store, clock, logger } = deps;

  const load = async (ref: ConversationRef): Promise<ConversationTurn[]> => {
    const read = await readRecord(store, conversationKey(ref), TurnsSchema, logger, clock.now());
    return read.kind === 'found' ? read.value.turns : [];
  };

  return {
    load,

    /** True when the conversation exists (e.g. a thread the coach answered in, not yet expired). */
    async exists(ref: ConversationRef): Promise<boolean> {
      return (await store.get(conversationKey(ref))) !== undefined;
    },

    /** Adds a question and its answer; the TTL starts again. Registered under the learner who asked. */
    async append(ref: ConversationRef, learnerId: string, question: string, answer: string): Promise<void> {
      const key = conversationKey(ref);
      await rememberLearnerKey(store, learnerId, key);
      // Short lease: two answers landing at once in one thread must not drop each other's turns.
      const written = await withLease(store, `lease:${key}`, 5_000, async () => {
        const turns = capHistory([
          ...(await load(ref)),
          { role: 'user', text: question },
          { role: 'assistant', text: answer },
        ]);
        await writeRecord(store, key, VERSION, { turns }, HISTORY_LIMITS.ttlMs);
      });
      if (written.kind === 'busy') logger.warn('conversation not extended: busy', { key });
    },
  };
}

/** The conversation store, as built by `createConversations`. */
export type Conversations = ReturnType<typeof createConversations>;
