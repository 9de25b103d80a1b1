import type { Activity, Day, PlanProblem, Post, Resource } from './plan.js';
import { dayFieldOf, readDayBullet, type DayField } from './day-bullet.js';
import type { PlanLine } from './plan-line.js';

/** A day being read, line by line; `finishDay` turns it into a Day or problems. */
export interface DayDraft {
  readonly day: number;
  readonly title: string;
  readonly line: number;
  objective: string | null;
  activity: Activity | null;
  readonly resources: Resource[];
  pythonSkill: string | null;
  checkpoint: string | null;
  post: Post | null;
  readonly details: Record<string, string>;
  /** First line of each field seen, valid or not, to report repeats and avoid "has no ..." twice. */
  readonly seen: Map<string, number>;
  readonly problems: PlanProblem[];
}

const FIELD_NAMES: Record<Exclude<DayField, 'detail'>, string> = {
  objective: 'Learning Objective',
  activity: 'Task or Project',
  resources: 'Resource',
  'python-skill': 'Python Skill',
  checkpoint: 'Checkpoint',
  post: 'post',
};

/** Starts a day at its `### Day N - Title` heading. */
export function startDay(day: number, title: string, line: number): DayDraft {
  return {
    day,
    title,
    line,
    objective: null,
    activity: null,
    resources: [],
    pythonSkill: null,
    checkpoint: null,
    post: null,
    details: {},
    seen: new Map(),
    problems: [],
  };
}

/** Adds one line inside the day; blank lines and headings never reach here. */
export function addDayLine(draft: DayDraft, line: PlanLine, lineNo: number): void {
  const problem = (message: string): void => {
    draft.problems.push({ line: lineNo, message: `Day ${draft.day}: ${message}` });
  };
  if (line.kind !== 'bullet' && line.kind !== 'text') return;
  const labelled = line.labelled;
  // Prose lines count only with a bold label or as the objective, which is written without a bullet.
  const accepted =
    labelled !== null &&
    (line.kind === 'bullet' || labelled.bold || dayFieldOf(labelled.label) === 'objective');
  if (!accepted) {
    problem(
      `${line.kind === 'bullet' ? 'bullet has no label' : 'line not understood'}; write "- **Label:** text"`,
    );
    return;
  }
  const bullet = readDayBullet(labelled.label, labelled.text);
  const field = bullet.kind === 'invalid' ? bullet.field : bullet.kind;
  const key = field === 'detail' ? `detail:${labelled.label.toLowerCase()}` : field;
  const first = draft.seen.get(key);
  if (first !== undefined && field !== 'resources') {
    const name = field === 'detail' ? `"${labelled.label}"` : FIELD_NAMES[field];
    problem(`second ${name} (first at line ${first})`);
    return;
  }
  if (first === undefined) draft.seen.set(key, lineNo);
  if (bullet.kind === 'invalid') return problem(bullet.message);
  switch (bullet.kind) {
    case 'objective':
      draft.objective = bullet.text;
      break;
    case 'activity':
      draft.activity = bullet.activity;
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

/** The finished day, or every problem found in it (missing fields reported at the day heading). */
export function finishDay(draft: DayDraft): { day: Day | null; problems: readonly PlanProblem[] } {
  const missing = (['objective', 'activity', 'checkpoint'] as const)
    .filter((field) => !draft.seen.has(field))
    .map((field) => ({ line: draft.line, message: `Day ${draft.day} has no ${FIELD_NAMES[field]}` }));
  const problems = [...missing, ...draft.problems];
  const { objective, activity, checkpoint } = draft;
  if (problems.length > 0 || objective === null || activity === null || checkpoint === null) {
    return { day: null, problems };
  }
  const day: Day = {
    day: draft.day,
    title: draft.title,
    objective,
    activity,
    resources: draft.resources,
    pythonSkill: draft.pythonSkill,
    checkpoint,
    post: draft.post,
    details: draft.details,
  };
  return { day, problems: [] };
}
