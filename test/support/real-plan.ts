import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../src/core/curriculum/parse-plan.js';
import type { Plan } from '../../src/core/curriculum/plan.js';

/** The repository's curriculum folder. */
export const CURRICULUM_DIR = join(import.meta.dirname, '..', '..', 'curriculum');

/** A plan file of the curriculum folder, parsed; throws when it does not parse. */
export function realPlan(name = 'days-31-60-spark-airflow.md'): Plan {
  const parsed = parsePlan(readFileSync(join(CURRICULUM_DIR, name), 'utf8'));
  if (parsed.kind !== 'ok') throw new Error(`${name} does not parse`);
  return parsed.plan;
}
