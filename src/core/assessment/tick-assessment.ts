import type { Plan } from '../curriculum/plan.js';
import { type AssessmentMap, feedDays, feedNeeds } from './assessment-map.js';

/** One checklist item and whether the learner's work ticks it; `counted` of `needed` days count so far. */
export interface TickedItem {
  readonly text: string;
  readonly ticked: boolean;
  readonly counted: number;
  readonly needed: number;
}

/** One of the plan's checklists (technical skills, projects, ...) as the learner stands. */
export interface TickedChecklist {
  readonly heading: string;
  readonly items: readonly TickedItem[];
}

/** What the learner has done that the checklists count. */
export interface AssessmentEvidence {
  readonly doneDays: ReadonlySet<number>;
  /** Days whose post counts as written. */
  readonly writtenPosts: ReadonlySet<number>;
}

/**
 * The plan's checklists, in the plan's order, each item ticked when enough of the days
 * that feed it count (all of them unless the map says `atLeast`). An item the map does not
 * feed (no map, or an older one) stays unticked with nothing needed.
 */
export function tickAssessment(
  plan: Plan,
  map: AssessmentMap | null,
  evidence: AssessmentEvidence,
): TickedChecklist[] {
  return Object.entries(plan.assessment).map(([heading, items]) => ({
    heading,
    items: items.map((text): TickedItem => {
      const feed = ownEntry(ownEntry(map?.checklists, heading), text);
      if (feed === undefined) return { text, ticked: false, counted: 0, needed: 0 };
      const { source, days } = feedDays(feed);
      const counts = source === 'days' ? evidence.doneDays : evidence.writtenPosts;
      const counted = days.filter((day) => counts.has(day)).length;
      const needed = feedNeeds(feed);
      return { text, ticked: counted >= needed, counted, needed };
    }),
  }));
}

function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
