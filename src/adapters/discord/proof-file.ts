import { MAX_PROOF_FILE_BYTES } from '../../core/learner/proof.js';
import type { ProofFileInput } from '../../app/study/proof-files.js';

/** A file attached to `/done`, as Discord describes it. */
export interface AttachedProofFile {
  readonly name: string;
  readonly size: number;
  readonly url: string;
  readonly contentType: string | null;
}

// Well inside the 15 minutes a deferred reply may take; the learner waits for it.
const FETCH_TIMEOUT_MS = 10_000;

/** True when the file is too large to keep: the learner is asked for a lasting link instead. */
export const isTooLargeToKeep = (file: AttachedProofFile): boolean => file.size > MAX_PROOF_FILE_BYTES;

/**
 * Downloads a proof file's bytes from Discord's link (which expires in about a day), counting
 * them while reading so a file never takes more than the limit. Any failure gives `bytes: null`:
 * the day is recorded anyway, with the link.
 */
export async function fetchProofFile(
  file: AttachedProofFile,
  fetchFile: typeof fetch = fetch,
): Promise<ProofFileInput> {
  const got = { name: file.name, contentType: file.contentType, url: file.url };
  try {
    const response = await fetchFile(file.url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok || response.body === null) return { ...got, bytes: null };
    const parts: Uint8Array[] = [];
    let bytes = 0;
    for await (const part of response.body) {
      bytes += part.byteLength;
      if (bytes > MAX_PROOF_FILE_BYTES) return { ...got, bytes: null };
      parts.push(part);
    }
    return { ...got, bytes: Buffer.concat(parts) };
  } catch {
    return { ...got, bytes: null };
  }
}
