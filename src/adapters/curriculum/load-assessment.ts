import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AssessmentMapSchema, type AssessmentMap } from '../../core/assessment/assessment-map.js';
import { checkAssessmentMap } from '../../core/assessment/check-assessment-map.js';
import type { Plan } from '../../core/curriculum/plan.js';

/** Outcome of loading a plan's assessment data: the map, none (the file is optional), or its problems. */
export type LoadAssessmentResult =
  | { readonly kind: 'ok'; readonly map: AssessmentMap }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

/** `curriculum/days-31-60.md` → `curriculum/days-31-60.assessment.json`: the data sits next to its plan. */
export function assessmentPathOf(planPath: string): string {
  return `${planPath.replace(/\.md$/i, '')}.assessment.json`;
}

/** Reads, parses and checks the assessment data against its plan; problems are prefixed with the path. */
export async function loadAssessmentFile(path: string, plan: Plan): Promise<LoadAssessmentResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', problems: [`${path}: cannot read: ${String(error)}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'invalid',
      problems: [`${path}: not JSON: ${error instanceof Error ? error.message : ''}`],
    };
  }
  const parsed = AssessmentMapSchema.safeParse(json);
  if (!parsed.success) return { kind: 'invalid', problems: [`${path}: ${z.prettifyError(parsed.error)}`] };
  const problems = checkAssessmentMap(plan, parsed.data);
  if (problems.length > 0) return { kind: 'invalid', problems: problems.map((p) => `${path}: ${p}`) };
  return { kind: 'ok', map: parsed.data };
}
