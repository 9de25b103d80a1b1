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

/** The progress card as plain text for screen readers and the console, under 2,000 characters. */
export function renderCardText(card: ProgressCard): string {
  const name = truncate(learnerName(card), 60);
  const status = [currentDayText(card), paceText(card)].filter((part) => part !== null);
  const dayWidth = Math.max(1, ...card.sections.flatMap((s) => s.days.map((d) => String(d.day).length)));
  const lines = [
    `${name} · progress`,
    truncate(sanitizeLine(card.planTitle), 120),
    status.join(' · '),
    '',
    ...card.sections.flatMap((section) => sectionLines(section, dayWidth)),
    ...datesLines(card),
    '',
    legendLine(card),
    `Streak: ${days(card.streak.current)} (best ${card.streak.longest})`,
    `Checkpoints: ${ratio({ written: card.checkpointsDone, planned: card.totalDays })}`,
    `Posts: LinkedIn ${ratio(card.posts.linkedin)} · Blog ${ratio(card.posts.blog)}`,
    `Freezes: ${freezesText(card.freezesBanked)}`,
  ];
  return truncate(lines.join('\n'), CARD_TEXT_LIMIT);
}

function sectionLines(section: CardSection, dayWidth: number): string[] {
  const label = truncate(sanitizeLine(section.label), 40);
  const title = truncate(sanitizeLine(section.title), 80);
  const cells = section.days.map((d) => `${STATE_MARKERS[d.state]}${String(d.day).padStart(dayWidth)}`);
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += DAYS_PER_LINE) {
    rows.push(`  ${cells.slice(i, i + DAYS_PER_LINE).join(' ')}`);
  }
  return [title ? `${label} · ${title}` : label, ...rows];
}

// The same weeks the image shows: one line per week, Monday first, the day of the month after each marker.
function datesLines(card: ProgressCard): string[] {
  const first = card.recentWeeks[0]?.[0];
  if (first === undefined) return [];
  const marker = (state: CardDate['state']): string =>
    state === 'none' ? NO_DATE_MARKER : STATE_MARKERS[state];
  return [
    `Your dates, Monday to Sunday, from ${first.date}:`,
    ...card.recentWeeks.map(
      (week) => `  ${week.map((d) => `${marker(d.state)}${d.date.slice(8)}`).join(' ')}`,
    ),
  ];
}

function legendLine(card: ProgressCard): string {
  const items = STATE_ORDER.map((state) => `${STATE_MARKERS[state]} ${STATE_LABELS[state].toLowerCase()}`);
  const outside = card.recentWeeks.some((week) => week.some((d) => d.state === 'none'));
  return [...items, ...(outside ? [`${NO_DATE_MARKER} outside your plan`] : [])].join('  ');
}
