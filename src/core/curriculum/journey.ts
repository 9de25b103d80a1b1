import type { AssessmentMap } from '../assessment/assessment-map.js';
import type { Plan } from './plan.js';

/** One cycle of a journey: a plan file as parsed, where it came from, and its own assessment data. */
export interface Cycle {
  /** The file the cycle was read from, as given (named in problems and by `curriculum check`). */
  readonly source: string;
  readonly firstDay: number;
  readonly lastDay: number;
  /** The cycle's own plan: its title, goals, sections, days, assessment and success criteria. */
  readonly plan: Plan;
  /** The cycle's `<plan>.assessment.json`, or null when it has none. */
  readonly assessmentMap: AssessmentMap | null;
}

/**
 * Every cycle of a study journey as one plan: the days of all cycles in order (numbered as
 * each plan numbers them), their sections, and the cycles themselves. Anything that works on
 * a plan works on the journey; what belongs to one cycle (goals, assessment) is read from `cycles`.
 */
export type Journey = Plan & { readonly cycles: readonly Cycle[] };

/** A plan ready to join a journey: its file, the plan, its assessment data. */
export interface CyclePart {
  readonly source: string;
  readonly plan: Plan;
  readonly assessmentMap: AssessmentMap | null;
}

/** Outcome of combining cycles: the journey, or every gap and overlap as `a and b: ...` sentences. */
export type CombineResult =
  | { readonly kind: 'ok'; readonly journey: Journey }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

const rangeOf = (plan: Plan): { first: number; last: number } => ({
  first: plan.days[0]?.day ?? 0,
  last: plan.days[plan.days.length - 1]?.day ?? 0,
});

/**
 * Orders the cycles by their first day and joins them into one journey. The days must run on
 * without a gap or an overlap from one cycle to the next; each problem names both files.
 */
export function combineCycles(parts: readonly CyclePart[]): CombineResult {
  if (parts.length === 0)
    return { kind: 'invalid', problems: ['no plan files: a journey needs at least one'] };
  const ordered = [...parts].sort((a, b) => rangeOf(a.plan).first - rangeOf(b.plan).first);
  const problems: string[] = [];
  ordered.forEach((part, index) => {
    const previous = ordered[index - 1];
    if (previous === undefined) return;
    const before = rangeOf(previous.plan);
    const here = rangeOf(part.plan);
    const both = `${previous.source} (Days ${before.first}-${before.last}) and ${part.source} (Days ${here.first}-${here.last})`;
    if (here.first <= before.last) {
      problems.push(`${both} overlap; keep one of them (list the files you want in CURRICULUM_FILE)`);
    } else if (here.first !== before.last + 1) {
      problems.push(`${both} leave a gap: Days ${before.last + 1}-${here.first - 1} are in no plan`);
    }
  });
  if (problems.length > 0) return { kind: 'invalid', problems };
  return { kind: 'ok', journey: journeyOf(ordered) };
}

/** The plan as a journey: itself when it already is one, else a journey of this one cycle with this data. */
export function asJourney(plan: Plan | Journey, assessmentMap: AssessmentMap | null = null): Journey {
  return 'cycles' in plan ? plan : journeyOf([{ source: 'plan', plan, assessmentMap }]);
}

function journeyOf(ordered: readonly CyclePart[]): Journey {
  const cycles = ordered.map((part): Cycle => {
    const { first, last } = rangeOf(part.plan);
    return { ...part, firstDay: first, lastDay: last };
  });
  const only = ordered.length === 1 ? ordered[0]?.plan : undefined;
  const first = cycles[0]?.firstDay ?? 0;
  const last = cycles[cycles.length - 1]?.lastDay ?? 0;
  return {
    title: only?.title ?? `Days ${first}-${last} in ${cycles.length} cycles`,
    goals: ordered.flatMap((part) => part.plan.goals),
    sections: ordered.flatMap((part) => part.plan.sections),
    days: ordered.flatMap((part) => part.plan.days),
    assessment: only?.assessment ?? {},
    successCriteria: only?.successCriteria ?? '',
    cycles,
  };
}

/** Where a day sits in the journey: its cycle (0-based index), how many cycles there are. */
export interface CyclePlace {
  readonly cycle: Cycle;
  readonly index: number;
  readonly count: number;
}

/** The cycle holding this day, or undefined when no cycle does. */
export function cycleOfDay(journey: Journey, day: number): CyclePlace | undefined {
  const index = journey.cycles.findIndex((cycle) => day >= cycle.firstDay && day <= cycle.lastDay);
  const cycle = journey.cycles[index];
  return cycle === undefined ? undefined : { cycle, index, count: journey.cycles.length };
}

/** The cycle that starts on this day (its first day), or undefined. */
export function cycleStartingOn(journey: Journey, day: number): CyclePlace | undefined {
  const place = cycleOfDay(journey, day);
  return place?.cycle.firstDay === day ? place : undefined;
}

/**
 * The plan a day's coaching is about: its cycle's own plan on a journey (the shared prompt
 * prefix stays one cycle long and cached per cycle), the plan itself otherwise.
 */
export function cyclePlanOf(plan: Plan | Journey, day: number): Plan {
  if (!('cycles' in plan)) return plan;
  return cycleOfDay(plan, day)?.cycle.plan ?? plan;
}
