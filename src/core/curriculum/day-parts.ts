import type { Activity, Day, Resource } from './plan.js';

/** `Task (30 min)`, `Project (60 min)`, or `Task` when the plan gives no time. */
export function activityLabel(activity: Activity): string {
  const name = activity.kind === 'project' ? 'Project' : 'Task';
  return activity.minutes === null ? name : `${name} (${activity.minutes} min)`;
}

/** True when the day has a Project, alone or beside a Task. */
export function isProjectDay(day: Day): boolean {
  return day.activities.some((activity) => activity.kind === 'project');
}

/** What proof is judged against on a day without a checkpoint: "task", "project" or "task and project". */
export function workOfDay(day: Day): string {
  const kinds = [...new Set(day.activities.map((activity) => activity.kind))];
  return kinds.join(' and ');
}

/** `Label: text`, or the label on its own line when the text is a list (a nested list in the plan). */
export function labelledText(label: string, text: string): string {
  return /^(?:[-*+]|\d{1,3}[.)])\s/.test(text) ? `${label}:\n${text}` : `${label}: ${text}`;
}

/** A resource as plain text: `title <url>` for a link, the text itself otherwise. */
export function resourceText(resource: Resource): string {
  return resource.kind === 'link' ? `${resource.title} <${resource.url}>` : resource.text;
}
