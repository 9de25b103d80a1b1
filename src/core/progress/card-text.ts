import type { CardDate, CardSection, DayState, ProgressCard } from './card-model.js';
import { sanitizeLine, truncate } from './card-text-safety.js';
import {
  currentDayText,
  days,
  learnerName,
  freezesText,
  paceText,
  ratio,
  STATE_LABELS,
  STATE_ORDER,
} from './card-wording.js';

/** One-character markers for the text card; each has a distinct shape, so colour is never needed. */
export const STATE_MARKERS: Readonly<Record<DayState, string>> = {
  done: '✓',
  today: '▶',
  missed: '✗',
  upcoming: '○',
  paused: '‖',
  frozen: '❄',
};

/** The marker of a date outside the learner's days (before they began, after they finished). */
export const NO_DATE_MARKER = '·';

/** Discord's message limit; the console has none, but the same text goes to both. */
export const CARD_TEXT_LIMIT = 2000;
const DAYS_PER_LINE = 7;

/** A heading and the lines under it: one section's days, or the learner's recent weeks. */
export interface CardTextBlock {
  readonly heading: string;
  /** Rows of markers, without the text card's indent. */
  readonly rows: readonly string[];
}

/** The text card's parts, for front ends that lay them out (a Discord embed); the words are the same. */
export interface CardTextParts {
  /** `Lin · progress` */
  readonly heading: string;
  readonly planTitle: string;
  /** `Day 38 today · 2 days behind`, or `complete`, `paused`. */
  readonly status: string;
  readonly sections: readonly CardTextBlock[];
  /** The recent weeks, Monday first; null without any. */
  readonly dates: CardTextBlock | null;
  readonly legend: string;
  /** `Streak: ...`, `Checkpoints: ...`, `Posts: ...`, `Freezes: ...` */
  readonly totals: readonly string[];
}

/** The parts of the text card, each already made safe and short. */
export function cardTextParts(card: ProgressCard): CardTextParts {
  const status = [currentDayText(card), paceText(card)].filter((part) => part !== null);
  const dayWidth = Math.max(1, ...card.sections.flatMap((s) => s.days.map((d) => String(d.day).length)));
  return {
    heading: `${truncate(learnerName(card), 60)} · progress`,
    planTitle: truncate(sanitizeLine(card.planTitle), 120),
    status: status.join(' · '),
    sections: card.sections.map((section) => sectionBlock(section, dayWidth)),
    dates: datesBlock(card),
    legend: legendLine(card),
    totals: [
      `Streak: ${days(card.streak.current)} (best ${card.streak.longest})`,
      `Checkpoints: ${ratio({ written: card.checkpointsDone, planned: card.totalDays })}`,
      `Posts: LinkedIn ${ratio(card.posts.linkedin)} · Blog ${ratio(card.posts.blog)}`,
      `Freezes: ${freezesText(card.freezesBanked)}`,
    ],
  };
}

const blockLines = (block: CardTextBlock): string[] => [
  block.heading,
  ...block.rows.map((row) => `  ${row}`),
];

/** The progress card as plain text for screen readers and the console, under 2,000 characters. */
export function renderCardText(card: ProgressCard): string {
  const parts = cardTextParts(card);
  const lines = [
    parts.heading,
    parts.planTitle,
    parts.status,
    '',
    ...parts.sections.flatMap(blockLines),
    ...(parts.dates === null ? [] : blockLines(parts.dates)),
    '',
    parts.legend,
    ...parts.totals,
  ];
  return truncate(lines.join('\n'), CARD_TEXT_LIMIT);
}

function sectionBlock(section: CardSection, dayWidth: number): CardTextBlock {
  const label = truncate(sanitizeLine(section.label), 40);
  const title = truncate(sanitizeLine(section.title), 80);
  const cells = section.days.map((d) => `${STATE_MARKERS[d.state]}${String(d.day).padStart(dayWidth)}`);
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += DAYS_PER_LINE) {
    rows.push(cells.slice(i, i + DAYS_PER_LINE).join(' '));
  }
  return { heading: title ? `${label} · ${title}` : label, rows };
}

// The same weeks the image shows: one line per week, Monday first, the day of the month after each marker.
function datesBlock(card: ProgressCard): CardTextBlock | null {
  const first = card.recentWeeks[0]?.[0];
  if (first === undefined) return null;
  const marker = (state: CardDate['state']): string =>
    state === 'none' ? NO_DATE_MARKER : STATE_MARKERS[state];
  return {
    heading: `Your dates, Monday to Sunday, from ${first.date}:`,
    rows: card.recentWeeks.map((week) => week.map((d) => `${marker(d.state)}${d.date.slice(8)}`).join(' ')),
  };
}

function legendLine(card: ProgressCard): string {
  const items = STATE_ORDER.map((state) => `${STATE_MARKERS[state]} ${STATE_LABELS[state].toLowerCase()}`);
  const outside = card.recentWeeks.some((week) => week.some((d) => d.state === 'none'));
  return [...items, ...(outside ? [`${NO_DATE_MARKER} outside your plan`] : [])].join('  ');
}
