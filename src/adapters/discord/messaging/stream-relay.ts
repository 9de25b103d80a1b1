import type { Logger, TextStream } from '../../../app/ports.js';
import { replyParts } from '../render/coaching-reply.js';

/** Streamed text on its way to one Discord message, edited at most once per interval. */
export interface StreamRelay {
  /** Adds a piece of the answer; an edit follows as soon as the interval allows. */
  push(delta: string): void;
  /** Stops editing and waits for an edit in flight, so the caller's final edit lands last. */
  finish(): Promise<void>;
  /** All the text pushed so far. */
  text(): string;
  /** What the message shows now: the last preview published, none before the first. */
  shown(): string | null;
}

/**
 * What a message shows while the answer streams: the first part, marked when more follows. Once
 * the text outgrows one message this stops changing, so the relay stops editing.
 */
export function streamPreview(text: string): string {
  return replyParts(text)[0] ?? '';
}

/**
 * Relays streamed text to `publish` (an edit of the reply), at most once per `intervalMs`
 * (Discord rate-limits edits; once a second reads as live), the first edit at once so the
 * first words show as soon as they arrive, and only when the text shown would change. A failed edit is logged and the stream carries on.
 */
export function createStreamRelay(
  publish: (preview: string) => Promise<unknown>,
  options: { readonly intervalMs: number; readonly logger: Logger },
): StreamRelay {
  let text = '';
  let lastEdit = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let dirty = false;
  let closed = false;
  let shown: string | null = null;

  const flush = () => {
    timer = undefined;
    if (!dirty || closed || inFlight !== null) return;
    dirty = false;
    const preview = streamPreview(text);
    // Pieces past the first part change nothing on screen: an edit would re-send the same text.
    if (preview === shown) return;
    lastEdit = Date.now();
    inFlight = publish(preview)
      .then(
        () => void (shown = preview),
        (error: unknown) => options.logger.warn('streamed edit failed', { error }),
      )
      .finally(() => {
        inFlight = null;
        if (dirty) schedule();
      });
  };
  const schedule = () => {
    if (timer !== undefined || closed) return;
    timer = setTimeout(flush, Math.max(0, lastEdit + options.intervalMs - Date.now()));
  };

  return {
    push(delta) {
      text += delta;
      dirty = true;
      schedule();
    },
    async finish() {
      closed = true;
      clearTimeout(timer);
      await inFlight;
    },
    text: () => text,
    shown: () => shown,
  };
}

/**
 * Reads the answer's pieces into the relay as they come, and gives the stream's result once
 * it ends; editing has stopped by then, so the caller's final edit lands last.
 */
export async function relayStream<R>(stream: TextStream<R>, relay: StreamRelay): Promise<R> {
  try {
    for (;;) {
      const next = await stream.next();
      if (next.done === true) return next.value;
      relay.push(next.value);
    }
  } finally {
    await relay.finish();
  }
}
