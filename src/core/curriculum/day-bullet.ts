import type { Activity, PlanProblem, Post, Resource } from './plan.js';
import { readMinutes } from './read-minutes.js';
import { readResourceLine } from './resource-links.js';

/** What one labelled line of a day (with its nested list) contributes to the day. */
export type DayBullet =
  | { readonly kind: 'objective'; readonly text: string }
  | { readonly kind: 'activity'; readonly activity: Activity }
  | { readonly kind: 'resources'; readonly resources: readonly Resource[] }
  | { readonly kind: 'python-skill'; readonly text: string }
  | { readonly kind: 'checkpoint'; readonly text: string }
  | { readonly kind: 'post'; readonly post: Post }
  | { readonly kind: 'detail'; readonly label: string; readonly text: string };

/** The day field a label fills; `detail` is any label the plan format does not name. */
export type DayField = DayBullet['kind'];

/** One line of a label's nested list. */
export interface NestedLine {
  readonly line: number;
  readonly indent: number;
  /** The bullet as written, marker included, without its indentation: `- [dbt](https://...)`. */
  readonly markdown: string;
  /** The bullet's text without its marker (or checkbox). */
  readonly body: string;
}

/** A labelled line of a day and the nested list under it, as read so far. */
export interface DayFieldLines {
  readonly label: string;
  readonly text: string;
  readonly line: number;
  readonly nested: readonly NestedLine[];
}

const ACTIVITY = /^(task|project)s?\b\s*(?:\((.*)\))?$/i;
const POST = /^(linked\s*in|blog)\s*posts?$/i;
const QUOTED = /^["“”'‘’](.*)["“”'‘’]$/;

/** Which field a label names (case, plural, emoji and `**` do not matter). */
export function dayFieldOf(label: string): DayField {
  if (/^(learning\s+)?objectives?$/i.test(label)) return 'objective';
  if (ACTIVITY.test(label)) return 'activity';
  if (/^resources?$/i.test(label)) return 'resources';
  if (/^python\s+skills?$/i.test(label)) return 'python-skill';
  if (/^checkpoints?$/i.test(label)) return 'checkpoint';
  if (POST.test(label)) return 'post';
  return 'detail';
}

/** Whether an activity label is a Task or a Project. */
export function activityKindOf(label: string): Activity['kind'] {
  return /^project/i.test(label) ? 'project' : 'task';
}

/** The label's own text, then its nested list as Markdown lines, indentation kept relative. */
function textOf({ text, nested }: DayFieldLines): string {
  const base = Math.min(...nested.map((item) => item.indent));
  const lines = nested.map((item) => `${' '.repeat(item.indent - base)}${item.markdown}`);
  return [text, ...lines].filter((line) => line !== '').join('\n');
}

function unquote(text: string): string {
  return (QUOTED.exec(text)?.[1] ?? text).trim();
}

/** Reads one labelled line of a day with its nested list; problems carry their own line. */
export function readDayField(lines: DayFieldLines): DayBullet | { readonly problems: PlanProblem[] } {
  const { label } = lines;
  const field = dayFieldOf(label);
  const invalid = (message: string, line = lines.line) => ({ problems: [{ line, message }] });
  if (lines.text === '' && lines.nested.length === 0) return invalid(`"${label}" has no text`);
  switch (field) {
    case 'objective':
    case 'python-skill':
    case 'checkpoint':
      return { kind: field, text: textOf(lines) };
    case 'detail':
      return { kind: 'detail', label, text: textOf(lines) };
    case 'resources':
      return readResources(lines);
    case 'activity': {
      const [, kind = '', duration] = ACTIVITY.exec(label) ?? [];
      const minutes = duration === undefined ? null : readMinutes(duration);
      if (duration !== undefined && minutes === null) {
        return invalid(
          `cannot read the time in "${label}"; write e.g. "${kind} (30 min)" or "${kind} (1 hour)"`,
        );
      }
      return { kind: 'activity', activity: { kind: activityKindOf(label), minutes, text: textOf(lines) } };
    }
    case 'post': {
      const [first, ...rest] = lines.nested;
      const fromText = unquote(lines.text);
      const title = lines.text === '' ? unquote(first?.body ?? '') : fromText;
      if (title === '') return invalid(`"${label}" has no title`);
      const notes = textOf({ ...lines, text: '', nested: lines.text === '' ? rest : lines.nested });
      const kind = /^blog/i.test(label) ? 'blog' : 'linkedin';
      return { kind: 'post', post: { kind, title, notes: notes === '' ? null : notes } };
    }
  }
}

function readResources(lines: DayFieldLines): DayBullet | { readonly problems: PlanProblem[] } {
  const resources: Resource[] = [];
  const problems: PlanProblem[] = [];
  const sources = [
    { line: lines.line, text: lines.text },
    ...lines.nested.map(({ line, body }) => ({ line, text: body })),
  ];
  for (const { line, text } of sources) {
    const read = readResourceLine(text);
    if (read.kind === 'ok') resources.push(...read.resources);
    else problems.push(...read.messages.map((message) => ({ line, message })));
  }
  if (problems.length > 0) return { problems };
  if (resources.length === 0)
    return { problems: [{ line: lines.line, message: `"${lines.label}" has no text` }] };
  return { kind: 'resources', resources };
}
