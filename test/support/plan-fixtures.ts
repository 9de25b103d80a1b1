import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../src/core/curriculum/parse-plan.js';
import type { Day, Plan } from '../../src/core/curriculum/plan.js';

/** The text of a hand-written plan under test/fixtures/plans. */
export function fixtureText(name: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', 'plans', name), 'utf8');
}

/** Parses plan text that must load; a refusal fails the test with every problem. */
export function parsedPlan(text: string): Plan {
  const result = parsePlan(text);
  if (result.kind !== 'ok') throw new Error(`expected a plan, got ${JSON.stringify(result.problems)}`);
  return result.plan;
}

/** A hand-written plan under test/fixtures/plans, parsed; throws when it does not load. */
export function fixturePlan(name: string): Plan {
  return parsedPlan(fixtureText(name));
}

/** The fixture's plan and its days by number. */
export function fixtureDays(name: string): { plan: Plan; day: (n: number) => Day | undefined } {
  const plan = fixturePlan(name);
  return { plan, day: (n) => plan.days.find((d) => d.day === n) };
}
