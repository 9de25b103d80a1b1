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
