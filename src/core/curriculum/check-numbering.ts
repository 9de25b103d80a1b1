import type { PlanProblem } from './plan.js';
import { formatRange, type DayRange } from './plan-headings.js';

/** A day heading's number and line. */
export interface PlacedDay {
  readonly day: number;
  readonly line: number;
}

/** A section heading with the days found under it, in file order. */
export interface PlacedSection {
  /** "Module 5" or `Section "Review and Advanced Preparation"`. */
  readonly name: string;
  readonly line: number;
  readonly range: DayRange | null;
  readonly days: readonly number[];
}

/** Repeated days, days out of order and gaps, each reported once at the day that shows it. */
export function checkDayNumbers(days: readonly PlacedDay[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const firstLine = new Map<number, number>();
  let highest: number | null = null;
  for (const { day, line } of days) {
    const first = firstLine.get(day);
    if (first !== undefined) {
      problems.push({ line, message: `Day ${day} is repeated (first at line ${first})` });
      continue;
    }
    firstLine.set(day, line);
    if (highest !== null && day < highest) {
      problems.push({ line, message: `Day ${day} is out of order: it comes after Day ${highest}` });
    }
    highest = Math.max(highest ?? day, day);
  }
  const numbers = [...firstLine.keys()].sort((a, b) => a - b);
  numbers.forEach((day, index) => {
    const previous = numbers[index - 1];
    if (previous === undefined || day === previous + 1) return;
    const missing = formatRange(previous + 1, day - 1);
    const verb = day - previous === 2 ? 'is' : 'are';
    problems.push({
      line: firstLine.get(day) ?? 1,
      message: `${missing} ${verb} missing (between Day ${previous} and Day ${day})`,
    });
  });
  return problems;
}

/** Sections without days, and sections whose "(Days A-B)" does not match the days under them. */
export function checkSectionRanges(sections: readonly PlacedSection[]): PlanProblem[] {
  return sections.flatMap(({ name, line, range, days }): PlanProblem[] => {
    if (days.length === 0) return [{ line, message: `${name} has no days` }];
    if (range === null) return [];
    const first = Math.min(...days);
    const last = Math.max(...days);
    if (first === range.from && last === range.to) return [];
    const says = formatRange(range.from, range.to);
    return [{ line, message: `${name} says ${says} but holds ${formatRange(first, last)}` }];
  });
}
