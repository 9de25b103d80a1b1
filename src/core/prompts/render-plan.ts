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
    const label = section.number === null ? section.title : `Module ${section.number}: ${section.title}`;
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
