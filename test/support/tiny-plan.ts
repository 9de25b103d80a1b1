import { PlanSchema, type Plan } from '../../src/core/curriculum/plan.js';

/**
 * A small valid plan for core tests: `count` days numbered from `first` (31..35 by
 * default), split into two sections, built in code rather than parsed from a file.
 */
export function tinyPlan({ first = 31, count = 5 }: { first?: number; count?: number } = {}): Plan {
  const numbers = Array.from({ length: count }, (_, i) => first + i);
  const half = Math.ceil(count / 2);
  const sections = [
    { kind: 'module', number: 5, title: 'Spark Fundamentals', days: numbers.slice(0, half) },
    { kind: 'module', number: 6, title: 'Airflow', days: numbers.slice(half) },
  ].filter((section) => section.days.length > 0);
  return PlanSchema.parse({
    title: 'Tiny plan',
    goals: ['Learn a little'],
    sections,
    days: numbers.map((day) => ({
      day,
      title: `Topic ${day}`,
      objective: `Understand topic ${day}`,
      activities: [{ kind: 'task', minutes: 30, text: `Do task ${day}` }],
      resources: [{ kind: 'link', title: `Docs ${day}`, url: `https://example.com/${day}` }],
      pythonSkill: null,
      checkpoint: `Show topic ${day} working`,
      post: null,
      details: {},
    })),
    assessment: {},
    successCriteria: 'Finish every day.',
  });
}
