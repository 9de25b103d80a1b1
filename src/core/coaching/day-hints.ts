import { activityLabel, labelledText } from '../curriculum/day-parts.js';
import type { Day } from '../curriculum/plan.js';

/**
 * The coach's own hints for a day, in the plan's words: the work (task or project), the other
 * labelled bullets (Operations, Features, ...) and the Python skill, in that order. What a
 * learner gets instead of handed-over work when no model can rewrite it.
 */
export function dayHintLines(day: Day): string[] {
  return [
    ...day.activities.map((activity) => labelledText(activityLabel(activity), activity.text)),
    ...Object.entries(day.details).map(([label, text]) => labelledText(label, text)),
    ...(day.pythonSkill === null ? [] : [labelledText('Python skill', day.pythonSkill)]),
  ];
}
