import { activityLabel, labelledText } from '../curriculum/day-parts.js';
import type { Day } from '../curriculum/plan.js';

// Words too common to say what a question is about. Lower-case.
const COMMON: ReadonlySet<string> = new Set(
  (
    'what when where which while with would could should about does doing done have into just like ' +
    'make more much need only other over some such than that them then there these they this those ' +
    'very want were will your yours from explain mean means work works using used difference between ' +
    'today question please help know'
  ).split(' '),
);

/** The lowercase words of `text` that can say what it is about (four letters or more, not common). */
function topicWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z][a-z0-9_-]{3,}/g) ?? [];
  return new Set(words.map((word) => word.replace(/s$/, '')).filter((word) => !COMMON.has(word)));
}

/**
 * The lines of the day's material that share a topic word with the question, labelled as in
 * the plan ("Task (30 min): ...", "Operations: ..."). With the day's resources, this is what
 * the coach offers without a model: the plan's own words, nothing made up.
 */
export function offlineMaterial(day: Day, question: string): string[] {
  const asked = topicWords(question);
  const lines = [
    ...day.activities.map((activity) => labelledText(activityLabel(activity), activity.text)),
    ...Object.entries(day.details).map(([label, text]) => labelledText(label, text)),
    ...(day.pythonSkill === null ? [] : [`Python skill: ${day.pythonSkill}`]),
  ];
  return lines.filter((line) => [...topicWords(line)].some((word) => asked.has(word)));
}
