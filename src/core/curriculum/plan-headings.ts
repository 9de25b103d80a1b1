/** The first and last day a section heading announces, e.g. "(Days 31-37)". */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

/** What a `## ` heading opens. */
export type BlockHeading =
  | {
      readonly kind: 'section';
      readonly number: number | null;
      readonly title: string;
      readonly range: DayRange | null;
    }
  | { readonly kind: 'goals' }
  | { readonly kind: 'assessment' }
  /** Looks like a module or days heading but cannot be read. */
  | { readonly kind: 'malformed' }
  | { readonly kind: 'other' };

/** What a `### ` heading names: a day, a day heading that cannot be read, or something else. */
export type DayHeading =
  | { readonly kind: 'day'; readonly day: number; readonly title: string }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'other' };

// Hyphen last so it stays literal inside character classes.
const DASHES = '–—-';
const RANGE = `Days?\\s+(\\d+)(?:\\s*[${DASHES}]\\s*(\\d+))?`;
const MODULE = new RegExp(`^Module\\s+(\\d+)\\s*[:.${DASHES}]\\s*(.+?)(?:\\s*\\(${RANGE}\\))?$`, 'i');
const DAYS_BLOCK = new RegExp(`^${RANGE}\\s*[:${DASHES}]\\s*(.+)$`, 'i');
const LOOKS_LIKE_SECTION = /^(module|days?)\b/i;
const DAY = new RegExp(`^Day\\s+(\\d+)\\b\\s*[:${DASHES}]?\\s*(.*\\S)$`, 'i');
const LOOKS_LIKE_DAY = /^day\b/i;

function range(from: string | undefined, to: string | undefined): DayRange | null {
  if (from === undefined) return null;
  return { from: Number(from), to: Number(to ?? from) };
}

/** Reads a `## ` heading's text (already without markup). */
export function readBlockHeading(text: string): BlockHeading {
  const module = MODULE.exec(text);
  if (module) {
    return {
      kind: 'section',
      number: Number(module[1]),
      title: (module[2] ?? '').trim(),
      range: range(module[3], module[4]),
    };
  }
  const days = DAYS_BLOCK.exec(text);
  if (days)
    return { kind: 'section', number: null, title: (days[3] ?? '').trim(), range: range(days[1], days[2]) };
  if (LOOKS_LIKE_SECTION.test(text)) return { kind: 'malformed' };
  if (/\bgoals?\b/i.test(text)) return { kind: 'goals' };
  if (/\bassessment\b/i.test(text)) return { kind: 'assessment' };
  return { kind: 'other' };
}

/** Reads a `### ` heading's text (already without markup). */
export function readDayHeading(text: string): DayHeading {
  const day = DAY.exec(text);
  if (day && !/^[-–—:]/.test(day[2] ?? '')) return { kind: 'day', day: Number(day[1]), title: day[2] ?? '' };
  return LOOKS_LIKE_DAY.test(text) ? { kind: 'malformed' } : { kind: 'other' };
}

/** "Days 31-37", or "Day 59" when the range is one day. */
export function formatRange(from: number, to: number): string {
  return from === to ? `Day ${from}` : `Days ${from}-${to}`;
}
