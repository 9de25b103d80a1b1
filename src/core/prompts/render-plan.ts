import type { Day, Plan, Post } from '../curriculum/plan.js';

/**
 * The plan as the shared prompt prefix sees it: title, goals, and per section each day's
 * title and objective. Depends on the plan alone, so it is byte-identical for every
 * learner and day (the prompt cache needs that).
 */
export function renderPlanOutline(plan: Plan): string {
  const byNumber = new Map(plan.days.map((day) => [day.day, day]));
  const lines = [`Plan: ${plan.title}`];
  if (plan.goals.length > 0) lines.push('Goals:', ...plan.goals.map((goal) => `- ${goal}`));
  for (const section of plan.sections) {
    const label = section.number === null ? section.title : `Module ${section.number}: ${section.title}`;
    lines.push('', label);
    for (const number of section.days) {
      const day = byNumber.get(number);
      if (day) lines.push(`- Day ${day.day} · ${day.title}: ${day.objective}`);
    }
  }
  return lines.join('\n');
}

/** Everything the plan says about one day, in the plan's order. */
export function renderDay(day: Day): string {
  const activity = day.activity.kind === 'project' ? 'Project' : 'Task';
  const lines = [
    `Day ${day.day} · ${day.title}`,
    `Learning objective: ${day.objective}`,
    `${activity} (${day.activity.minutes} min): ${day.activity.text}`,
  ];
  for (const resource of day.resources) lines.push(`Resource: ${resource.title} (${resource.url})`);
  for (const [label, text] of Object.entries(day.details)) lines.push(`${label}: ${text}`);
  if (day.pythonSkill !== null) lines.push(`Python skill: ${day.pythonSkill}`);
  lines.push(`Checkpoint: ${day.checkpoint}`);
  if (day.post !== null) lines.push(`Post to write: ${postKindLabel(day.post.kind)} "${day.post.title}"`);
  return lines.join('\n');
}

/** "LinkedIn post" or "blog post". */
export function postKindLabel(kind: Post['kind']): string {
  return kind === 'linkedin' ? 'LinkedIn post' : 'blog post';
}
