import { MAX_DRAFT_CHARS } from '../../app/coaching/draft-review.js';

/** An attached file as Discord describes it. */
export interface AttachedFile {
  readonly name: string;
  readonly size: number;
  readonly url: string;
}

/** The draft in an attached file, or why it can't be read. The character limit is the app's to check. */
export type DraftFile =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'wrong-type'; readonly name: string }
  | { readonly kind: 'too-big'; readonly maxChars: number }
  | { readonly kind: 'unreadable' };

// A character is at most 4 bytes in UTF-8: a file past this can't be within the character limit.
export const MAX_DRAFT_FILE_BYTES = MAX_DRAFT_CHARS.file * 4;
const FETCH_TIMEOUT_MS = 10_000;

/**
 * Fetches a `.md` or `.txt` draft: the size Discord reports is checked before the download
 * and the bytes are counted again while reading, so a file never takes more memory than the
 * limit. Text that is not UTF-8 is unreadable.
 */
export async function readDraftFile(file: AttachedFile, fetchFile: typeof fetch = fetch): Promise<DraftFile> {
  if (!/\.(md|txt)$/i.test(file.name)) return { kind: 'wrong-type', name: file.name };
  const tooBig = { kind: 'too-big', maxChars: MAX_DRAFT_CHARS.file } as const;
  if (file.size > MAX_DRAFT_FILE_BYTES) return tooBig;
  try {
    const response = await fetchFile(file.url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok || response.body === null) return { kind: 'unreadable' };
    const parts: Uint8Array[] = [];
    let bytes = 0;
    for await (const part of response.body) {
      bytes += part.byteLength;
      if (bytes > MAX_DRAFT_FILE_BYTES) return tooBig;
      parts.push(part);
    }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(parts));
    return { kind: 'text', text: text.replace(/^\uFEFF/, '') };
  } catch {
    // Network trouble, a timeout, or bytes that are not UTF-8: all the same to the learner.
    return { kind: 'unreadable' };
  }
}

/** One line for a file that could not be used. */
export function renderDraftFileProblem(problem: Exclude<DraftFile, { kind: 'text' }>): string {
  switch (problem.kind) {
    case 'wrong-type':
      return `I can read drafts from .md or .txt files; "${problem.name.slice(0, 60)}" is neither.`;
    case 'too-big':
      return `That file is too big: keep the draft under ${problem.maxChars.toLocaleString('en-US')} characters.`;
    case 'unreadable':
      return "I couldn't read that file (it should be plain UTF-8 text). Try again, or paste the draft with /review.";
  }
}
