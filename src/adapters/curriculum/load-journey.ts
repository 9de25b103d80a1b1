import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { combineCycles, type CyclePart, type Journey } from '../../core/curriculum/journey.js';
import { assessmentPathOf, loadAssessmentFile } from './load-assessment.js';
import { loadPlanFile } from './load-plan.js';

/** Outcome of loading `CURRICULUM_FILE`: the journey, every problem found, or why it can't be read. */
export type LoadJourneyResult =
  | { readonly kind: 'ok'; readonly journey: Journey }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | { readonly kind: 'unreadable'; readonly message: string };

/**
 * Which files of a folder are plans: every `.md` file directly in it, except `README.md` (any
 * case) and names starting with `.` or `_` (drafts kept aside). Subfolders are not read.
 */
export function isPlanFileName(name: string): boolean {
  return /\.md$/i.test(name) && name.toLowerCase() !== 'readme.md' && !/^[._]/.test(name);
}

/**
 * The plan files `CURRICULUM_FILE` names: one file, a folder (its plan files, by name), or
 * a comma-separated list of files (to choose between plans that cover the same days).
 */
export async function planFilesOf(setting: string): Promise<string[] | { readonly unreadable: string }> {
  const listed = setting
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (listed.length !== 1) return listed;
  const [path = setting] = listed;
  try {
    if (!(await stat(path)).isDirectory()) return [path];
    const names = (await readdir(path)).filter(isPlanFileName).sort();
    if (names.length === 0) return { unreadable: `${path} holds no plan files (*.md other than README.md)` };
    return names.map((name) => join(path, name));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { unreadable: `cannot read ${path}: ${reason}` };
  }
}

/**
 * Loads every plan `CURRICULUM_FILE` names, each with its assessment data when it has some,
 * and joins them into one journey. Every problem of every file is reported at once.
 */
export async function loadJourney(setting: string): Promise<LoadJourneyResult> {
  const files = await planFilesOf(setting);
  if (!Array.isArray(files)) return { kind: 'unreadable', message: files.unreadable };
  const problems: string[] = [];
  const parts: CyclePart[] = [];
  for (const file of files) {
    const loaded = await loadPlanFile(file);
    if (loaded.kind !== 'ok') {
      problems.push(...(loaded.kind === 'invalid' ? loaded.problems : [loaded.message]));
      continue;
    }
    const assessment = await loadAssessmentFile(assessmentPathOf(file), loaded.plan);
    if (assessment.kind === 'invalid') problems.push(...assessment.problems);
    const assessmentMap = assessment.kind === 'ok' ? assessment.map : null;
    parts.push({ source: file, plan: loaded.plan, assessmentMap });
  }
  if (problems.length > 0) return { kind: 'invalid', problems };
  const combined = combineCycles(parts);
  return combined.kind === 'ok' ? combined : { kind: 'invalid', problems: combined.problems };
}
