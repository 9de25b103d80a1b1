import { sectionLabel, type DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Day } from '../../core/curriculum/plan.js';

/** `Day 31 · Spark Architecture` */
export const dayHeading = (day: Day): string => `Day ${day.day} · ${day.title}`;

/** `Module 5 · Spark Fundamentals + PySpark · day 1 of 30` */
export function dayFooter(place: DayPlace, planDays: number): string {
  const label = sectionLabel(place.section);
  const title = label === place.section.title ? '' : ` · ${place.section.title}`;
  return `${label}${title} · day ${place.positionInPlan} of ${planDays}`;
}

/** `Task (30 min)` / `Project (60 min)` */
export const activityLabel = (day: Day): string =>
  `${day.activity.kind === 'project' ? 'Project' : 'Task'} (${day.activity.minutes} min)`;

/** `LinkedIn post` / `Blog post` */
export const postLabel = (kind: 'linkedin' | 'blog'): string =>
  kind === 'linkedin' ? 'LinkedIn post' : 'Blog post';

/** A one-line note for days that are special: project days and post days say so up front. */
export function dayKindNote(day: Day): string | null {
  const notes = [
    day.activity.kind === 'project' ? 'Project day' : null,
    day.post === null ? null : `${postLabel(day.post.kind)} day`,
  ].filter((note): note is string => note !== null);
  return notes.length === 0 ? null : notes.join(' · ');
}

/** The whole day as plain text, in the plan's order. */
export function renderDayText(place: DayPlace, planDays: number): string {
  const { day } = place;
  const lines = [dayHeading(day), dayFooter(place, planDays)];
  const note = dayKindNote(day);
  if (note !== null) lines.push(note);
  lines.push('', `Objective: ${day.objective}`, `${activityLabel(day)}: ${day.activity.text}`);
  for (const [label, text] of Object.entries(day.details)) lines.push(`${label}: ${text}`);
  if (day.resources.length > 0) {
    lines.push(
      `Resources: ${day.resources.map((resource) => `${resource.title} <${resource.url}>`).join(', ')}`,
    );
  }
  if (day.pythonSkill !== null) lines.push(`Python skill: ${day.pythonSkill}`);
  lines.push(`Prove it: ${day.checkpoint}`);
  if (day.post !== null) lines.push(`${postLabel(day.post.kind)} to write: "${day.post.title}"`);
  return lines.join('\n');
}
