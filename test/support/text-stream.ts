import type { TextStream } from '../../src/app/ports.js';

/** Reads a text stream to its end: each piece to `onPiece` in order, then the stream's result. */
export async function readStream<R>(
  stream: TextStream<R>,
  onPiece: (piece: string) => void = () => {},
): Promise<R> {
  for (;;) {
    const next = await stream.next();
    if (next.done === true) return next.value;
    onPiece(next.value);
  }
}
