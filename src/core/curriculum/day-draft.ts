import type { Activity, Day, PlanProblem, Post, Resource } from './plan.js';
import {
  activityKindOf,
  dayFieldOf,
  readDayField,
  type DayField,
  type DayFieldLines,
  type NestedLine,
} from './day-bullet.js';
import { suggestLabel } from './label-spelling.js';
import type { PlanLine } from './plan-line.js';

/** The labelled line whose nested list is being read; `key` is null when it is dropped (already reported). */
interface OpenField {
  readonly lines: DayFieldLines & { text: string; readonly nested: NestedLine[] };
  readonly indent: number;
  readonly key: string | null;
}

/** A day being read, line by line; `finishDay` turns it into a Day or problems. */
export interface DayDraft {
  readonly day: number;
  readonly title: string;
  readonly line: number;
  /** The time on the day heading, "(30 min)", for a Task or Project that gives none. */
  readonly minutes: number | null;
  objective: string | null;
  readonly activities: Activity[];
  readonly resources: Resource[];
  pythonSkill: string | null;
  checkpoint: string | null;
  post: Post | null;
  readonly details: Record<string, string>;
  /** First line of each field seen, valid or not, to report repeats and avoid "has no ..." twice. */
  readonly seen: Map<string, number>;
  readonly problems: PlanProblem[];
  open: OpenField | null;
}

const FIELD_NAMES: Record<Exclude<DayField, 'detail' | 'activity'>, string> = {
  objective: 'Learning Objective',
  resources: 'Resource',
  'python-skill': 'Python Skill',
  checkpoint: 'Checkpoint',
  post: 'post',
};

/** Starts a day at its `### Day N - Title` heading. */
export function startDay(day: number, title: string, line: number, minutes: number | null): DayDraft {
  return {
    day,
    title,
    line,
    minutes,
    objective: null,
    activities: [],
    resources: [],
    pythonSkill: null,
    checkpoint: null,
    post: null,
    details: {},
    seen: new Map(),
    problems: [],
    open: null,
  };
}

/** A label that starts a field even where it is indented: a known one, or a bold misspelling of one. */
function startsField(line: PlanLine): boolean {
  if (line.kind !== 'bullet' || line.labelled === null) return false;
  const { label, bold } = line.labelled;
  return dayFieldOf(label) !== 'detail' || (bold && suggestLabel(label) !== null);
}

/**
 * A bullet belongs to the open label's list when it is indented deeper, or when the label has no
 * text of its own and the bullet has no label (`**Resources:**` then `- [dbt](https://...)`).
 */
function isNested(open: OpenField, line: PlanLine): line is Extract<PlanLine, { kind: 'bullet' }> {
  if (line.kind !== 'bullet') return false;
  const under = line.indent > open.indent || (open.lines.text === '' && line.labelled === null);
  return under && !startsField(line);
}

/** Adds one line inside the day; blank lines and headings never reach here. */
export function addDayLine(draft: DayDraft, line: PlanLine, lineNo: number): void {
  if (line.kind !== 'bullet' && line.kind !== 'text') return;
  const open = draft.open;
  if (open !== null && isNested(open, line)) {
    const markdown = line.raw.trimStart();
    open.lines.nested.push({ line: lineNo, indent: line.indent, markdown, body: line.body });
    return;
  }
  if (open !== null && line.kind === 'text' && line.indent > open.indent) {
    continueField(open, line.body);
    return;
  }
  closeField(draft);
  const problem = (message: string): void => {
    draft.problems.push({ line: lineNo, message: `Day ${draft.day}: ${message}` });
  };
  const labelled = line.labelled;
  // Prose lines count only with a bold label or as the objective, which is written without a bullet
  // (a misspelt label is still reported as one, with its suggestion).
  const accepted =
    labelled !== null &&
    (line.kind === 'bullet' ||
      labelled.bold ||
      dayFieldOf(labelled.label) === 'objective' ||
      suggestLabel(labelled.label) !== null);
  if (!accepted) {
    problem(
      `${line.kind === 'bullet' ? 'bullet has no label' : 'line not understood'}; write "- **Label:** text"`,
    );
    return;
  }
  const { label, text } = labelled;
  const lines = { label, text, line: lineNo, nested: [] };
  const field = dayFieldOf(label);
  const suggestion = field === 'detail' ? suggestLabel(label) : null;
  const key = fieldKey(field, label);
  const first = draft.seen.get(key);
  if (suggestion !== null) problem(`"${label}" is not a label I know; did you mean "${suggestion}"?`);
  else if (first !== undefined && field !== 'resources')
    problem(`second ${nameOf(field, label)} (first at line ${first})`);
  else {
    if (first === undefined) draft.seen.set(key, lineNo);
    draft.open = { lines, indent: line.indent, key };
    return;
  }
  // Still read its nested list, so the list's lines are not reported again.
  draft.open = { lines, indent: line.indent, key: null };
}

/** An indented line of prose under a label wraps the label's text (or its last list item) onto another line. */
function continueField(open: OpenField, words: string): void {
  const { nested } = open.lines;
  const last = nested.at(-1);
  if (last === undefined) {
    open.lines.text = open.lines.text === '' ? words : `${open.lines.text} ${words}`;
    return;
  }
  nested[nested.length - 1] = {
    ...last,
    markdown: `${last.markdown} ${words}`,
    body: `${last.body} ${words}`,
  };
}

/** What may appear once a day: each field, a Task and a Project apart, each invented label. */
function fieldKey(field: DayField, label: string): string {
  if (field === 'detail') return `detail:${label.toLowerCase()}`;
  if (field === 'activity') return `activity:${activityKindOf(label)}`;
  return field;
}

function nameOf(field: DayField, label: string): string {
  if (field === 'detail') return `"${label}"`;
  if (field === 'activity') return activityKindOf(label) === 'project' ? 'Project' : 'Task';
  return FIELD_NAMES[field];
}

function closeField(draft: DayDraft): void {
  const open = draft.open;
  draft.open = null;
  if (open === null || open.key === null) return;
  const bullet = readDayField(open.lines);
  if ('problems' in bullet) {
    for (const { line, message } of bullet.problems) {
      draft.problems.push({ line, message: `Day ${draft.day}: ${message}` });
    }
    return;
  }
  switch (bullet.kind) {
    case 'objective':
      draft.objective = bullet.text;
      break;
    case 'activity':
      draft.activities.push(bullet.activity);
      break;
    case 'resources':
      draft.resources.push(...bullet.resources);
      break;
    case 'python-skill':
      draft.pythonSkill = bullet.text;
      break;
    case 'checkpoint':
      draft.checkpoint = bullet.text;
      break;
    case 'post':
      draft.post = bullet.post;
      break;
    case 'detail':
      draft.details[bullet.label] = bullet.text;
      break;
  }
}

/** The heading's time goes to the first Task or Project that gives none of its own. */
function timed(activities: readonly Activity[], minutes: number | null): Activity[] {
  const untimed = activities.findIndex((activity) => activity.minutes === null);
  return activities.map((activity, index) => (index === untimed ? { ...activity, minutes } : activity));
}

/** The finished day, or every problem found in it (a missing Task or Project reported at the heading). */
export function finishDay(draft: DayDraft): { day: Day | null; problems: readonly PlanProblem[] } {
  closeField(draft);
  const hasActivity = [...draft.seen.keys()].some((key) => key.startsWith('activity:'));
  const missing = hasActivity
    ? []
    : [{ line: draft.line, message: `Day ${draft.day} has no Task or Project` }];
  const problems = [...missing, ...draft.problems];
  if (problems.length > 0) return { day: null, problems };
  const day: Day = {
    day: draft.day,
    title: draft.title,
    objective: draft.objective,
    activities: timed(draft.activities, draft.minutes),
    resources: draft.resources,
    pythonSkill: draft.pythonSkill,
    checkpoint: draft.checkpoint,
    post: draft.post,
    details: draft.details,
  };
  return { day, problems: [] };
}
