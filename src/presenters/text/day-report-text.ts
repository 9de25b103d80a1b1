import type { DayReportOutcome } from '../../app/progress/day-report.js';
import type { DayPollOutcome } from '../../app/servers/outcomes.js';
import { DAY_POLL_ANSWERS, totalVotes, type DayPollResults } from '../../core/progress/day-poll.js';
import type { DayCompletion, DayReportRow, DayStandouts } from '../../core/progress/day-report.js';
import { DAY_POLL_ANSWER_LABEL, DAY_POLL_QUESTION } from './day-poll-text.js';
import { plural } from './plural.js';

/** Days listed one per line; about 100 characters each keeps the report inside one 2,000-character message. */
export const REPORT_MAX_DAYS = 15;

const percent = (part: number, whole: number): string => `${Math.round((100 * part) / whole)}%`;

function completionWords(completion: DayCompletion): string {
  if (completion.reached === 0) return 'no learner reached it yet';
  return `done ${completion.done}/${completion.reached} (${percent(completion.done, completion.reached)})`;
}

const UNREADABLE: Readonly<Record<Extract<DayPollResults, { kind: 'unreadable' }>['reason'], string>> = {
  gone: 'poll unreadable: the post was deleted',
  forbidden: "poll unreadable: I can't read that channel",
  failed: "poll unreadable: Discord didn't answer, try again later",
};

function pollWords(poll: DayPollResults | null): string {
  if (poll === null || poll.kind === 'no-poll') return 'no poll';
  if (poll.kind === 'unreadable') return UNREADABLE[poll.reason];
  const counts = DAY_POLL_ANSWERS.map(
    (answer, index) => `${DAY_POLL_ANSWER_LABEL[answer]} ${poll.counts[index] ?? 0}`,
  ).join(' · ');
  if (!poll.final)
    return totalVotes(poll.counts) === 0 ? 'poll still open, no votes yet' : `still open: ${counts}`;
  return totalVotes(poll.counts) === 0 ? 'poll ended with no votes' : counts;
}

/** One posted day: its completion rate, then its poll's answers. */
export function dayReportLine(row: DayReportRow): string {
  return `Day ${row.day} · ${row.slotDate}: ${completionWords(row.completion)} · ${pollWords(row.poll)}`;
}

function standoutLines(standouts: DayStandouts): string[] {
  const lines: string[] = [];
  const { mostTooLong, lowestCompletion } = standouts;
  if (mostTooLong !== null)
    lines.push(
      `Most "too long": Day ${mostTooLong.day} (${mostTooLong.votes} of ${plural(mostTooLong.of, 'vote')}, ${percent(mostTooLong.votes, mostTooLong.of)}).`,
    );
  if (lowestCompletion !== null)
    lines.push(
      `Lowest completion: Day ${lowestCompletion.day} (${lowestCompletion.done}/${lowestCompletion.reached}, ${percent(lowestCompletion.done, lowestCompletion.reached)}).`,
    );
  return lines;
}

const pollState = (on: boolean): string =>
  on ? 'The day poll is on.' : 'The day poll is off: /coach poll state:on puts it on the next posts.';

/** `/coach report`: each posted day's completion rate beside its poll, the days that stand out first. */
export function renderDayReport(outcome: DayReportOutcome): string {
  switch (outcome.kind) {
    case 'not-set-up':
      return "This server isn't set up yet. Run /coach setup first; the report lists the days it posts.";
    case 'no-posts':
      return `No day has been posted here yet, so there is nothing to report. ${pollState(outcome.pollOn)}`;
    case 'report': {
      const { rows } = outcome;
      const shown = rows.slice(-REPORT_MAX_DAYS);
      const hidden = rows.length - shown.length;
      return [
        `"${DAY_POLL_QUESTION}" and completion (learners who completed a day / who reached it), ${plural(rows.length, 'posted day')}. ${pollState(outcome.pollOn)}`,
        ...standoutLines(outcome.standouts),
        ...(hidden > 0
          ? [`The latest ${shown.length} days (${plural(hidden, 'earlier day')} not shown):`]
          : []),
        ...shown.map(dayReportLine),
        ...(outcome.unreadable > 0
          ? [`${plural(outcome.unreadable, 'learner')} could not be read just now and are not counted.`]
          : []),
      ].join('\n');
    }
  }
}

/** `/coach poll on|off`. */
export function renderDayPollSet(outcome: DayPollOutcome): string {
  switch (outcome.kind) {
    case 'day-poll-set':
      return outcome.on
        ? `The day poll is on: each daily post asks "${DAY_POLL_QUESTION}" (4 answers, open 24 hours). /coach report shows the answers beside each day's completion rate.`
        : 'The day poll is off: the next daily posts go out without it. /coach report still shows the polls already posted.';
    case 'not-set-up':
      return "This server isn't set up yet. Run /coach setup first; the day poll is off by default.";
    case 'busy':
      return 'The coach settings are being changed elsewhere right now. Try again in a moment.';
  }
}
