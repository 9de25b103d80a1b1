import { checkDayNumbers, checkSectionRanges, type PlacedSection } from './check-numbering.js';
import { PlanSchema, type ParsePlanResult, type PlanProblem } from './plan.js';
import { nameOf, readPlanLines } from './plan-reader.js';
import type { PlanReading, ReadSection } from './plan-reading.js';

/**
 * Reads a study plan written in the curriculum Markdown style (documented in curriculum/README.md).
 * Pure. A plan with any problem is refused with every problem found, sorted by 1-based line.
 */
export function parsePlan(text: string): ParsePlanResult {
  const reading = readPlanLines(text.replace(/^\uFEFF/, '').split(/\r?\n/));
  const problems = [...reading.problems, ...checkPlan(reading)].sort((a, b) => a.line - b.line);
  return problems.length > 0 ? { kind: 'invalid', problems } : validatePlan(reading);
}

function checkPlan(reading: PlanReading): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (reading.title === null) problems.push({ line: 1, message: 'no title; start the plan with "# Title"' });
  if (reading.days.length === 0) {
    problems.push({ line: 1, message: 'no days; write "### Day N - Title" under a section heading' });
  }
  problems.push(...checkDayNumbers(reading.days.map(({ number, line }) => ({ day: number, line }))));
  problems.push(...checkSectionRanges(reading.sections.map(placedSection)));
  return problems;
}

function placedSection(section: ReadSection): PlacedSection {
  return { name: nameOf(section), line: section.line, range: section.range, days: section.days };
}

// The reader's checks should leave nothing for the schema to refuse; if it does, it is still reported
// as a problem at the nearest line rather than thrown, since the input is user data.
function validatePlan(reading: PlanReading): ParsePlanResult {
  const result = PlanSchema.safeParse({
    title: reading.title,
    goals: reading.goals,
    sections: reading.sections.map(({ kind, number, title, days }) => ({ kind, number, title, days })),
    days: reading.days.map(({ day }) => day),
    assessment: reading.assessment,
    successCriteria: reading.successCriteria ?? '',
  });
  if (result.success) return { kind: 'ok', plan: result.data };
  const problems = result.error.issues.map((issue): PlanProblem => {
    const [where, index] = issue.path;
    const source = where === 'days' || where === 'sections' ? reading[where][Number(index)] : undefined;
    return { line: source?.line ?? 1, message: `${issue.path.join('.')}: ${issue.message}` };
  });
  return { kind: 'invalid', problems };
}
