import type { Activity, Post, Resource } from './plan.js';
import { readResourceLinks } from './resource-links.js';

/** What one labelled bullet of a day contributes to the day. */
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

/** A labelled bullet that cannot be read; `field` is still counted as present. */
export interface DayBulletProblem {
  readonly kind: 'invalid';
  readonly field: DayField;
  readonly message: string;
}

const ACTIVITY = /^(task|project)\b\s*(?:\((.*)\))?$/i;
const POST = /^(linkedin|blog)\s*post$/i;
const DURATION = /^(?:(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?))?\s*(?:(\d+)\s*(?:m|mins?|minutes?))?$/i;
const QUOTED = /^["“”'‘’](.*)["“”'‘’]$/;

/** Which field a label names (case, emoji and `**` do not matter). */
export function dayFieldOf(label: string): DayField {
  if (/^(learning\s+)?objective$/i.test(label)) return 'objective';
  if (ACTIVITY.test(label)) return 'activity';
  if (/^resources?$/i.test(label)) return 'resources';
  if (/^python\s+skills?$/i.test(label)) return 'python-skill';
  if (/^checkpoints?$/i.test(label)) return 'checkpoint';
  if (POST.test(label)) return 'post';
  return 'detail';
}

/** Minutes in "30 min", "1 hour", "1.5 hours" or "1 h 30 min"; null when unreadable or not whole. */
export function readMinutes(duration: string): number | null {
  const match = DURATION.exec(duration.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  const minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
  return Number.isInteger(minutes) && minutes > 0 ? minutes : null;
}

/** Reads one labelled bullet of a day. */
export function readDayBullet(label: string, text: string): DayBullet | DayBulletProblem {
  const field = dayFieldOf(label);
  const invalid = (message: string): DayBulletProblem => ({ kind: 'invalid', field, message });
  if (text === '') return invalid(`"${label}" has no text`);
  switch (field) {
    case 'objective':
    case 'python-skill':
    case 'checkpoint':
      return { kind: field, text };
    case 'detail':
      return { kind: 'detail', label, text };
    case 'resources': {
      const links = readResourceLinks(text);
      return links.kind === 'ok' ? { kind: 'resources', resources: links.resources } : invalid(links.message);
    }
    case 'activity': {
      const [, kind = '', duration] = ACTIVITY.exec(label) ?? [];
      if (duration === undefined) return invalid(`"${label}" needs its time, e.g. "${kind} (30 min)"`);
      const minutes = readMinutes(duration);
      if (minutes === null) {
        return invalid(
          `cannot read the time in "${label}"; write e.g. "${kind} (30 min)" or "${kind} (1 hour)"`,
        );
      }
      const activityKind = kind.toLowerCase() === 'project' ? 'project' : 'task';
      return { kind: 'activity', activity: { kind: activityKind, minutes, text } };
    }
    case 'post': {
      const title = (QUOTED.exec(text)?.[1] ?? text).trim();
      if (title === '') return invalid(`"${label}" has no title`);
      const kind = POST.exec(label)?.[1]?.toLowerCase() === 'blog' ? 'blog' : 'linkedin';
      return { kind: 'post', post: { kind, title } };
    }
  }
}
