import {
  activityLabel,
  isProjectDay,
  labelledText,
  resourceText,
  workOfDay,
} from '../../core/curriculum/day-parts.js';
import { sectionLabel, type DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Day } from '../../core/curriculum/plan.js';

/** `Day 31 · Spark Architecture` */
export const dayHeading = (day: Day): string => `Day ${day.day} · ${day.title}`;

/** `day 1 of 30`; on a journey of cycles `Day 45 · cycle 2 of 3 · 45/90` (the day's place in the whole journey). */
export function planPosition(
  place: Pick<DayPlace, 'day' | 'positionInPlan' | 'cycle'>,
  planDays: number,
): string {
  const { cycle } = place;
  if (cycle.count === 1) return `day ${place.positionInPlan} of ${planDays}`;
  return `Day ${place.day.day} · cycle ${cycle.number} of ${cycle.count} · ${place.positionInPlan}/${planDays}`;
}

/** `Module 5 · Spark Fundamentals + PySpark · day 1 of 30` */
export function dayFooter(place: DayPlace, planDays: number): string {
  const label = sectionLabel(place.section);
  const title = label === place.section.title ? '' : ` · ${place.section.title}`;
  return `${label}${title} · ${planPosition(place, planDays)}`;
}

/** `LinkedIn post` / `Blog post` */
export const postLabel = (kind: 'linkedin' | 'blog'): string =>
  kind === 'linkedin' ? 'LinkedIn post' : 'Blog post';

/** A one-line note for days that are special: project days and post days say so up front. */
export function dayKindNote(day: Day): string | null {
  const notes = [
    isProjectDay(day) ? 'Project day' : null,
    day.post === null ? null : `${postLabel(day.post.kind)} day`,
  ].filter((note): note is string => note !== null);
  return notes.length === 0 ? null : notes.join(' · ');
}

/** A day without a checkpoint says so, and what proof to hand in instead. */
export const noCheckpointLine = (day: Day): string =>
  `No checkpoint to prove today: /done with what you did for the ${workOfDay(day)}.`;

/** What the day asks for proof: its checkpoint, or, without one, a line that says so. */
export function proveItLine(day: Day): string {
  return day.checkpoint === null ? noCheckpointLine(day) : labelledText('Prove it', day.checkpoint);
}

/** The whole day as plain text, in the plan's order. */
export function renderDayText(place: DayPlace, planDays: number): string {
  const { day } = place;
  const lines = [dayHeading(day), dayFooter(place, planDays)];
  const note = dayKindNote(day);
  if (note !== null) lines.push(note);
  lines.push('');
  if (day.objective !== null) lines.push(labelledText('Objective', day.objective));
  for (const activity of day.activities) lines.push(labelledText(activityLabel(activity), activity.text));
  for (const [label, text] of Object.entries(day.details)) lines.push(labelledText(label, text));
  if (day.resources.length > 0) lines.push(`Resources: ${day.resources.map(resourceText).join(', ')}`);
  if (day.pythonSkill !== null) lines.push(labelledText('Python skill', day.pythonSkill));
  lines.push(proveItLine(day));
  if (day.post !== null) {
    lines.push(`${postLabel(day.post.kind)} to write: "${day.post.title}"`);
    if (day.post.notes !== null) lines.push(day.post.notes);
  }
  return lines.join('\n');
}
