import type { CohortRow } from '../../core/progress/cohort-view.js';
import { HIDDEN_NAME, riskWords } from './cohort-text.js';

const HEADER = [
  'name',
  'current_day',
  'days_done',
  'streak',
  'days_behind',
  'paused',
  'last_active',
  'at_risk',
];

/** One field, quoted when it holds a separator, quote or line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A learner's name with a leading = + - @ defused, so a spreadsheet never runs it as a formula. */
const defused = (name: string): string => (/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);

/** Every learner's progress as CSV (RFC 4180, CRLF): one row per learner, opted-out names hidden. */
export function cohortCsv(rows: readonly CohortRow[]): string {
  const lines = [HEADER.join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.name === null ? HIDDEN_NAME : defused(row.name),
        row.currentDay === null ? 'finished' : String(row.currentDay),
        String(row.daysDone),
        String(row.streak),
        row.behind === null ? '' : String(row.behind),
        row.paused ? 'yes' : 'no',
        row.lastActive ?? '',
        row.risks.map(riskWords).join('; '),
      ]
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
