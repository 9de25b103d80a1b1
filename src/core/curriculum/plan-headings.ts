import type { Section } from './plan.js';
import { splitTrailingTime } from './read-minutes.js';

/** The first and last day a section heading announces, e.g. "(Days 31-37)". */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

/** A `Module N`, `Week N` or `Days A-B` heading, at `##` or `###`. */
export interface SectionHeading {
  readonly kind: 'section';
  readonly unit: Section['kind'];
  /** Null exactly for a `days` block. */
  readonly number: number | null;
  readonly title: string;
  readonly range: DayRange | null;
}

/** What a `## ` heading opens. */
export type BlockHeading =
  | SectionHeading
  | { readonly kind: 'goals' }
  | { readonly kind: 'assessment' }
  /** Looks like a module, week or days heading but cannot be read. */
  | { readonly kind: 'malformed' }
  | { readonly kind: 'other' };

/** What a `### ` (or deeper) heading names: a day, a day heading that cannot be read, or something else. */
export type DayHeading =
  | {
      readonly kind: 'day';
      readonly day: number;
      readonly title: string;
      /** From a trailing "(30 min)" on the heading, which is not part of the title. */
      readonly minutes: number | null;
    }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'other' };

// Hyphen last so it stays literal inside character classes.
const DASHES = '–—-';
const RANGE = `Days?\\s+(\\d+)(?:\\s*[${DASHES}]\\s*(\\d+))?`;
const UNIT = /^(Module|Week)\s+(\d+)\b\s*(.*)$/i;
const LEADING_RANGE = new RegExp(`^\\(${RANGE}\\)\\s*`, 'i');
const SEPARATED_TITLE = new RegExp(`^[:.${DASHES}]\\s*(.*?)(?:\\s*\\(${RANGE}\\))?$`);
const DAYS_BLOCK = new RegExp(`^${RANGE}\\s*[:${DASHES}]\\s*(.+)$`, 'i');
const LOOKS_LIKE_SECTION = /^(module|week|days?)\b/i;
const DAY = new RegExp(`^Day\\s+(\\d+)\\b\\s*[:.${DASHES}]?\\s*(.*\\S)$`, 'i');
const LOOKS_LIKE_DAY = /^day\b/i;

// What is left of a damaged emoji before the words ("?? Day 5 - Title").
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;

function range(from: string | undefined, to: string | undefined): DayRange | null {
  if (from === undefined) return null;
  return { from: Number(from), to: Number(to ?? from) };
}

/** "Module 5: Title (Days 31-37)", "Week 2 – Title", "Week 3 (Days 15-21): Title", "Week 4". */
function readUnitHeading(text: string): SectionHeading | null {
  const unit = UNIT.exec(text);
  if (!unit) return null;
  const kind = (unit[1] ?? '').toLowerCase() === 'week' ? 'week' : 'module';
  const name = `${kind === 'week' ? 'Week' : 'Module'} ${Number(unit[2])}`;
  let rest = unit[3] ?? '';
  const leading = LEADING_RANGE.exec(rest);
  rest = rest.slice(leading?.[0].length ?? 0);
  const heading = (title: string, found: DayRange | null): SectionHeading => ({
    kind: 'section',
    unit: kind,
    number: Number(unit[2]),
    title: title === '' ? name : title,
    range: range(leading?.[1], leading?.[2]) ?? found,
  });
  if (rest === '') return heading('', null);
  const separated = SEPARATED_TITLE.exec(rest);
  if (!separated) return null;
  const found = range(separated[2], separated[3]);
  if (found !== null && leading) return null;
  return heading((separated[1] ?? '').trim(), found);
}

/** A section heading (`Module`, `Week`, `Days A-B`), malformed when it starts like one, else null. */
export function readSectionHeading(heading: string): SectionHeading | { readonly kind: 'malformed' } | null {
  const text = heading.replace(LEADING_MARKS, '');
  const unit = readUnitHeading(text);
  if (unit) return unit;
  const days = DAYS_BLOCK.exec(text);
  if (days) {
    const found = range(days[1], days[2]);
    return { kind: 'section', unit: 'days', number: null, title: (days[3] ?? '').trim(), range: found };
  }
  return LOOKS_LIKE_SECTION.test(text) ? { kind: 'malformed' } : null;
}

/** Reads a `## ` heading's text (already without markup). */
export function readBlockHeading(text: string): BlockHeading {
  const section = readSectionHeading(text);
  if (section) return section;
  if (/\bgoals?\b/i.test(text)) return { kind: 'goals' };
  if (/\bassessment\b/i.test(text)) return { kind: 'assessment' };
  return { kind: 'other' };
}

/** Reads a `### ` or `#### ` heading's text (already without markup). */
export function readDayHeading(heading: string): DayHeading {
  const text = heading.replace(LEADING_MARKS, '');
  const day = DAY.exec(text);
  if (day && !/^[-–—:.]/.test(day[2] ?? '')) {
    const { title, minutes } = splitTrailingTime(day[2] ?? '');
    return { kind: 'day', day: Number(day[1]), title, minutes };
  }
  return LOOKS_LIKE_DAY.test(text) ? { kind: 'malformed' } : { kind: 'other' };
}

/** "Days 31-37", or "Day 59" when the range is one day. */
export function formatRange(from: number, to: number): string {
  return from === to ? `Day ${from}` : `Days ${from}-${to}`;
}
