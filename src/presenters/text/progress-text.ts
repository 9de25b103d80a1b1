import type { LeaderboardOutcome } from '../../app/progress/leaderboard.js';
import type { AssessmentOutcome, ProgressOutcome } from '../../app/progress/progress-view.js';
import { sanitizeLine, truncate } from '../../core/progress/card-text-safety.js';
import { renderCardText } from '../../core/progress/card-text.js';
import type { LeaderboardLine } from '../../core/progress/leaderboard.js';
import { planPosition } from './day-text.js';
import { renderPace, renderRepairsLeft, renderStoreTrouble } from './study-text.js';
import { plural } from './plural.js';

/**
 * `/progress` in words: the summary (with the cohort line when there is one), then the card
 * as text, which says what the image shows for screen readers and the console.
 */
export function renderProgressText(outcome: ProgressOutcome, cohortLine: string | null = null): string {
  if (outcome.kind !== 'progress') return renderStoreTrouble(outcome);
  const { standing } = outcome;
  // The card already says the streak, the day and the pace; the summary adds only the count and the way
  // forward (/shift when behind, /resume when paused).
  const summary = [
    `Progress: ${standing.daysDone}/${standing.totalDays} days done`,
    ...(standing.current === null || standing.current.cycle.count === 1
      ? []
      : [planPosition(standing.current, standing.totalDays)]),
    ...(standing.pausedSince !== null || (standing.current !== null && standing.behind > 0)
      ? [renderPace(standing)]
      : []),
    ...(cohortLine === null ? [] : [cohortLine]),
    renderRepairsLeft(standing),
  ];
  return [...summary, '', renderCardText(outcome.card)].join('\n');
}

/** `/assessment`: each checklist with `[x]` / `[ ]`, and how many days an open item still needs. */
export function renderAssessment(outcome: AssessmentOutcome): string {
  if (outcome.kind === 'no-such-cycle') {
    return `There is no cycle ${outcome.asked}: this journey has ${plural(outcome.count, 'cycle')}. Give a number from 1 to ${outcome.count}.`;
  }
  if (outcome.kind !== 'assessment') return renderStoreTrouble(outcome);
  const { cycle } = outcome;
  const title =
    cycle.count === 1
      ? 'Cycle assessment'
      : `Cycle ${cycle.number} of ${cycle.count} assessment · Days ${cycle.firstDay}-${cycle.lastDay} · ${cycle.title}`;
  const other = cycle.count === 1 ? '' : ` Another cycle: /assessment cycle:<1-${cycle.count}>.`;
  const items = outcome.checklists.flatMap((list) => list.items);
  if (items.length === 0) return `${title}\n\nThis cycle has no assessment checklists.${other}`;
  const lines = outcome.checklists.flatMap((list) => [
    list.heading,
    ...list.items.map((item) => {
      const left = item.ticked || item.needed === 0 ? '' : ` (${item.counted} of ${item.needed})`;
      return `  [${item.ticked ? 'x' : ' '}] ${item.text}${left}`;
    }),
  ]);
  const ticked = items.filter((item) => item.ticked).length;
  const footer = !outcome.mapped
    ? 'This plan has no assessment data next to it, so nothing can be ticked yet (see curriculum/README.md).'
    : 'A post counts once /review has seen its draft.';
  return [title, '', ...lines, '', `${ticked} of ${items.length} ticked. ${footer}${other}`].join('\n');
}

const nameOf = (line: LeaderboardLine): string => truncate(sanitizeLine(line.name) || 'Learner', 32);
const lineText = (line: LeaderboardLine): string =>
  `streak ${plural(line.streak, 'day')} · ${plural(line.daysDone, 'day')} done`;

/** `/leaderboard`: the top ten and the asker's own line. Opted-out learners are never in `outcome`. */
export function renderLeaderboard(outcome: LeaderboardOutcome): string {
  if (outcome.kind === 'not-in-server') {
    return 'The leaderboard is a server feature: use /leaderboard in a server where the coach runs. /progress shows your own standing.';
  }
  if (outcome.total === 0)
    return 'No one is on the leaderboard here yet. Complete a day with /done to be the first.';
  const top = outcome.top.map(
    (line) => `${String(line.rank).padStart(2)}. ${nameOf(line)} · ${lineText(line)}`,
  );
  const you =
    outcome.you === 'opted-out'
      ? "You're hidden from the leaderboard. /settings leaderboard on shows you again."
      : outcome.you === 'absent'
        ? "You're not on it yet: /today here starts your first day."
        : `You: #${outcome.you.rank} of ${outcome.total} · ${lineText(outcome.you)}`;
  return [`Leaderboard · ${plural(outcome.total, 'learner')}`, ...top, '', you].join('\n');
}
