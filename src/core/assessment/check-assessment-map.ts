import type { Plan } from '../curriculum/plan.js';
import { type AssessmentMap, feedDays, feedNeeds } from './assessment-map.js';

/**
 * Every way the map disagrees with its plan, as sentences: a checklist or item of the plan
 * that nothing feeds, a heading or item the plan does not have, a day the plan does not have,
 * a `posts` day without a post, a day listed twice, or an `atLeast` above the days listed.
 */
export function checkAssessmentMap(plan: Plan, map: AssessmentMap): string[] {
  const problems: string[] = [];
  const days = new Map(plan.days.map((d) => [d.day, d]));
  for (const [heading, items] of Object.entries(plan.assessment)) {
    const mapped = Object.hasOwn(map.checklists, heading) ? map.checklists[heading] : undefined;
    if (mapped === undefined) {
      problems.push(`checklist "${heading}" is not in the map`);
      continue;
    }
    for (const item of items) {
      if (!Object.hasOwn(mapped, item)) problems.push(`"${heading}" item "${item}" is fed by no day`);
    }
  }
  for (const [heading, items] of Object.entries(map.checklists)) {
    const planned = Object.hasOwn(plan.assessment, heading) ? plan.assessment[heading] : undefined;
    if (planned === undefined) {
      problems.push(`checklist "${heading}" is not in the plan`);
      continue;
    }
    for (const [item, feed] of Object.entries(items)) {
      const where = `"${heading}" item "${item}"`;
      if (!planned.includes(item)) problems.push(`${where} is not in the plan`);
      const { source, days: fed } = feedDays(feed);
      for (const day of fed) {
        const found = days.get(day);
        if (found === undefined) problems.push(`${where}: day ${day} is not in the plan`);
        else if (source === 'posts' && found.post === null) problems.push(`${where}: day ${day} has no post`);
      }
      if (new Set(fed).size !== fed.length) problems.push(`${where} lists a day twice`);
      if (feedNeeds(feed) > fed.length)
        problems.push(`${where} needs ${feedNeeds(feed)} of ${fed.length} days`);
    }
  }
  return problems;
}
