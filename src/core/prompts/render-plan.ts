import { activityLabel, labelledText, workOfDay } from '../curriculum/day-parts.js';
import { sectionLabel } from '../curriculum/plan-lookup.js';
import type { Day, Plan, Post } from '../curriculum/plan.js';

/**
 * The whole plan as the shared prompt prefix sees it: title, goals, every day of every section in
 * full, the cycle assessment and the success criteria. It depends on the plan alone, so it is
 * byte-identical for every learner and day, which the prompt cache needs. The whole plan rather
 * than an outline: the tutor can link a question to earlier and later days, and the prefix
 * clears the model's minimum cacheable length (an outline alone stays below it and is never cached).
 */
export function renderPlan(plan: Plan): string {
  const byNumber = new Map(plan.days.map((day) => [day.day, day]));
  const lines = [`Plan: ${plan.title}`];
  if (plan.goals.length > 0) lines.push('Goals:', ...plan.goals.map((goal) => `- ${goal}`));
  for (const section of plan.sections) {
    const name = sectionLabel(section);
    const label = name === section.title ? name : `${name}: ${section.title}`;
    lines.push('', `## ${label}`);
    for (const number of section.days) {
      const day = byNumber.get(number);
      if (day) lines.push('', renderDay(day));
    }
  }
  for (const [heading, items] of Object.entries(plan.assessment)) {
    lines.push('', `Cycle assessment, ${heading}:`, ...items.map((item) => `- ${item}`));
  }
  if (plan.successCriteria !== '') lines.push('', `Success criteria: ${plan.successCriteria}`);
  return lines.join('\n');
}

/**
 * Everything the plan says about one day, in the plan's order. A day without a checkpoint says
 * so, and that proof is judged against its task: the proof rules in system.txt rely on this line.
 */
export function renderDay(day: Day): string {
  const lines = [`Day ${day.day} · ${day.title}`];
  if (day.objective !== null) lines.push(labelledText('Learning objective', day.objective));
  for (const activity of day.activities) lines.push(labelledText(activityLabel(activity), activity.text));
  for (const resource of day.resources) {
    lines.push(
      resource.kind === 'link'
        ? `Resource: ${resource.title} (${resource.url})`
        : `Resource: ${resource.text}`,
    );
  }
  for (const [label, text] of Object.entries(day.details)) lines.push(labelledText(label, text));
  if (day.pythonSkill !== null) lines.push(labelledText('Python skill', day.pythonSkill));
  lines.push(
    day.checkpoint === null
      ? `Checkpoint: none for this day; judge proof against the ${workOfDay(day)}`
      : labelledText('Checkpoint', day.checkpoint),
  );
  if (day.post !== null) {
    lines.push(`Post to write: ${postKindLabel(day.post.kind)} "${day.post.title}"`);
    if (day.post.notes !== null) lines.push(labelledText('Post notes', day.post.notes));
  }
  return lines.join('\n');
}

/** "LinkedIn post" or "blog post". */
export function postKindLabel(kind: Post['kind']): string {
  return kind === 'linkedin' ? 'LinkedIn post' : 'blog post';
}
