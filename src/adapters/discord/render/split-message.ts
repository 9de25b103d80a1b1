/** Discord's limit on a message's content. */
export const MESSAGE_CONTENT_LIMIT = 2000;

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Splits text into chunks of at most `maxLength` characters, at a paragraph break when one is
 * in reach, else a line break, else a space, else anywhere. A chunk that ends inside a fenced
 * code block closes it, and the next chunk reopens it with the same language.
 */
export function splitMessage(text: string, maxLength: number = MESSAGE_CONTENT_LIMIT): string[] {
  if (maxLength < 16) throw new RangeError('maxLength must leave room to close a code block');
  const chunks: string[] = [];
  let body = text;
  while (body.length > maxLength) {
    const { head, rest, reopen } = cutOnce(body, maxLength);
    if (head.trim().length > 0) chunks.push(head);
    const next = reopen + rest;
    // A fence line nearly as long as a chunk could otherwise be reopened forever.
    body = next.length < body.length ? next : rest;
  }
  if (body.trim().length > 0 || chunks.length === 0) chunks.push(body);
  return chunks;
}

interface Cut {
  readonly head: string;
  readonly rest: string;
  readonly reopen: string;
}

/** Cuts one chunk off `body`, which never starts inside a code block. */
function cutOnce(body: string, maxLength: number): Cut {
  // Ending right after an opening fence line would only give an empty block.
  const firstLine = body.slice(0, body.indexOf('\n') + 1 || body.length);
  const floor = FENCE.test(firstLine.trimEnd()) ? firstLine.length : 0;
  let window = maxLength;
  for (;;) {
    if (window <= floor) return { head: body.slice(0, maxLength), rest: body.slice(maxLength), reopen: '' };
    const { end, skip } = findBoundary(body, window, floor);
    const head = body.slice(0, end);
    const fence = openFence(head);
    // A chunk would end with an empty block: move the fence line itself to the next chunk.
    if (fence && fence.start - 1 > floor && head.slice(fence.start).trim() === fence.line) {
      return { head: head.slice(0, fence.start - 1), rest: body.slice(fence.start), reopen: '' };
    }
    const close = fence === undefined ? '' : `\n${fence.marker}`;
    if (head.length + close.length <= maxLength) {
      return {
        head: head + close,
        rest: body.slice(end + skip).replace(/^\n+/, ''),
        reopen: fence === undefined ? '' : `${fence.line}\n`,
      };
    }
    window = Math.min(window - 1, maxLength - close.length);
  }
}

/** Where to end the chunk within `window` characters, and how many separator characters to drop. */
function findBoundary(body: string, window: number, floor: number): { end: number; skip: number } {
  const slice = body.slice(0, window + 1);
  // A boundary in the first fifth would leave a uselessly short chunk.
  const minimum = Math.max(Math.floor(window / 5), floor);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = slice.lastIndexOf(separator, window - separator.length);
    if (at > minimum) return { end: at, skip: separator.length };
  }
  let end = window;
  const code = body.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { end, skip: 0 };
}

/** The opening fence (line "```python", marker "```", where its line starts) when `text` ends inside a code block. */
function openFence(text: string): { marker: string; line: string; start: number } | undefined {
  let open: { marker: string; line: string; start: number } | undefined;
  let start = 0;
  for (const line of text.split('\n')) {
    const match = FENCE.exec(line);
    if (match) {
      const marker = match[1] ?? '';
      if (open === undefined) open = { marker, line: line.trim(), start };
      else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && !match[2]?.trim())
        open = undefined;
    }
    start += line.length + 1;
  }
  return open;
}
