import type { DayState, PostCount, ProgressCard } from './card-model.js';
import { sanitizeLine } from './card-text-safety.js';

/** Legend words, shared by the image and the text so both say the same thing. */
export const STATE_LABELS: Readonly<Record<DayState, string>> = {
  done: 'Done',
  today: 'Today',
  missed: 'Missed',
  upcoming: 'Upcoming',
  paused: 'Paused',
  frozen: 'Freeze used',
};

/** Legend order: what the learner did, where they are, then what is left. */
export const STATE_ORDER: readonly DayState[] = ['done', 'today', 'missed', 'frozen', 'paused', 'upcoming'];

/** The learner's name made safe for one line; "Learner" when nothing printable is left. */
export function learnerName(card: ProgressCard): string {
  return sanitizeLine(card.learnerName) || 'Learner';
}

/** `1 day`, `3 days`. */
export function days(count: number): string {
  return `${count} ${Math.abs(count) === 1 ? 'day' : 'days'}`;
}

/** "on pace", "2 days behind", "1 day ahead", "paused", "complete": a fact, never a scolding. */
export function paceText(card: Pick<ProgressCard, 'daysBehind' | 'status'>): string {
  if (card.status !== 'on-calendar') return card.status;
  if (card.daysBehind === 0) return 'on pace';
  return card.daysBehind > 0 ? `${days(card.daysBehind)} behind` : `${days(-card.daysBehind)} ahead`;
}

/** "Day 34 today", or null when the learner has no current day. */
export function currentDayText(card: ProgressCard): string | null {
  return card.currentDay === null ? null : `Day ${card.currentDay} today`;
}

/** "3/12". */
export function ratio(count: PostCount): string {
  return `${count.written}/${count.planned}`;
}

/** "2 freezes banked", "1 freeze banked", "no freezes banked". */
export function freezesText(count: number): string {
  if (count <= 0) return 'no freezes banked';
  return `${count} ${count === 1 ? 'freeze' : 'freezes'} banked`;
}
