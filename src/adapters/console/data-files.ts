import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes `content` to `<dataDir>/<folder>/<name>`, creating folders as needed, and returns
 * the path as the learner should see it (relative when DATA_DIR is relative).
 */
export async function writeDataFile(
  dataDir: string,
  folder: string,
  name: string,
  content: string | Uint8Array,
): Promise<string> {
  const path = join(dataDir, folder, name);
  await mkdir(dirname(path), { recursive: true });
  // Exports hold personal data: readable by the learner's own account only.
  await writeFile(path, content, { mode: 0o600 });
  return path;
}

/** Where a file was written, or where it could not be and why, in words. */
export type DataFileOutcome =
  | { readonly kind: 'written'; readonly path: string }
  | { readonly kind: 'not-written'; readonly path: string; readonly reason: string };

/** `writeDataFile`, with a folder or disk that refuses the file reported instead of thrown. */
export async function tryWriteDataFile(
  dataDir: string,
  folder: string,
  name: string,
  content: string | Uint8Array,
): Promise<DataFileOutcome> {
  const path = join(dataDir, folder, name);
  try {
    return { kind: 'written', path: await writeDataFile(dataDir, folder, name, content) };
  } catch (error) {
    const reason = fileSystemReason(error, dirname(path));
    if (reason === undefined) throw error;
    return { kind: 'not-written', path, reason };
  }
}

function fileSystemReason(error: unknown, folder: string): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EEXIST':
      return `${folder} is a file, not a folder`;
    case 'ENOTDIR':
      return `part of ${folder} is a file, not a folder`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied`;
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return typeof code === 'string' && error instanceof Error ? error.message : undefined;
  }
}
