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
  return [...progressSummary(outcome, cohortLine), '', renderCardText(outcome.card)].join('\n');
}

/** The lines above the card: the count, the cycle, the way forward, the cohort, repairs left. */
export function progressSummary(
  outcome: Extract<ProgressOutcome, { kind: 'progress' }>,
  cohortLine: string | null,
): string[] {
  const { standing } = outcome;
  // The card already says the streak, the day and the pace; the summary adds only the count and the way
  // forward (/shift when behind, /resume when paused).
  return [
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
}

/** One checklist of `/assessment`: its heading and a line per item. */
export interface AssessmentBlock {
  readonly heading: string;
  /** `[x] text` or `[ ] text (1 of 3)`. */
  readonly items: readonly string[];
}

/** `/assessment` in parts: the title, each checklist, and the closing count and note. */
export interface AssessmentParts {
  readonly title: string;
  readonly checklists: readonly AssessmentBlock[];
  readonly summary: string;
}

/** The parts of an assessment; the text and the Discord embed say the same. */
export function assessmentParts(
  outcome: Extract<AssessmentOutcome, { kind: 'assessment' }>,
): AssessmentParts {
  const { cycle } = outcome;
  const title =
    cycle.count === 1
      ? 'Cycle assessment'
      : `Cycle ${cycle.number} of ${cycle.count} assessment · Days ${cycle.firstDay}-${cycle.lastDay} · ${cycle.title}`;
  const other = cycle.count === 1 ? '' : ` Another cycle: /assessment cycle:<1-${cycle.count}>.`;
  const items = outcome.checklists.flatMap((list) => list.items);
  if (items.length === 0)
    return { title, checklists: [], summary: `This cycle has no assessment checklists.${other}` };
  const checklists = outcome.checklists.map((list) => ({
    heading: list.heading,
    items: list.items.map((item) => {
      const left = item.ticked || item.needed === 0 ? '' : ` (${item.counted} of ${item.needed})`;
      return `[${item.ticked ? 'x' : ' '}] ${item.text}${left}`;
    }),
  }));
  const ticked = items.filter((item) => item.ticked).length;
  const footer = !outcome.mapped
    ? 'This plan has no assessment data next to it, so nothing can be ticked yet (see curriculum/README.md).'
    : 'A post counts once /review has seen its draft.';
  return { title, checklists, summary: `${ticked} of ${items.length} ticked. ${footer}${other}` };
}

/** The refusal of `/assessment` (no such cycle, the store), or null for an assessment. */
export function renderAssessmentRefusal(outcome: AssessmentOutcome): string | null {
  if (outcome.kind === 'no-such-cycle') {
    return `There is no cycle ${outcome.asked}: this journey has ${plural(outcome.count, 'cycle')}. Give a number from 1 to ${outcome.count}.`;
  }
  return outcome.kind === 'assessment' ? null : renderStoreTrouble(outcome);
}

/** `/assessment`: each checklist with `[x]` / `[ ]`, and how many days an open item still needs. */
export function renderAssessment(outcome: AssessmentOutcome): string {
  if (outcome.kind !== 'assessment') return renderAssessmentRefusal(outcome) ?? '';
  const parts = assessmentParts(outcome);
  if (parts.checklists.length === 0) return `${parts.title}\n\n${parts.summary}`;
  const lines = parts.checklists.flatMap((list) => [list.heading, ...list.items.map((item) => `  ${item}`)]);
  return [parts.title, '', ...lines, '', parts.summary].join('\n');
}

const nameOf = (line: LeaderboardLine): string => truncate(sanitizeLine(line.name) || 'Learner', 32);
const lineText = (line: LeaderboardLine): string =>
  `streak ${plural(line.streak, 'day')} · ${plural(line.daysDone, 'day')} done`;

/** `/leaderboard` in parts: the title, a line per learner of the top ten, and the asker's own line. */
export interface LeaderboardParts {
  readonly title: string;
  readonly top: readonly LeaderboardEntry[];
  readonly you: string;
}

/** One learner of the top ten: the rank, the name (sanitised, at most 32 characters) and the standing. */
export interface LeaderboardEntry {
  readonly rank: number;
  readonly name: string;
  /** `streak 3 days · 5 days done` */
  readonly standing: string;
}

/** The refusal or empty board of `/leaderboard` as one line, or null when there is a board to show. */
export function renderLeaderboardNotice(outcome: LeaderboardOutcome): string | null {
  if (outcome.kind === 'not-in-server') {
    return 'The leaderboard is a server feature: use /leaderboard in a server where the coach runs. /progress shows your own standing.';
  }
  if (outcome.total === 0)
    return 'No one is on the leaderboard here yet. Complete a day with /done to be the first.';
  return null;
}

/** The parts of a leaderboard with learners on it; names are sanitised and cut to 32 characters. */
export function leaderboardParts(
  outcome: Extract<LeaderboardOutcome, { kind: 'leaderboard' }>,
): LeaderboardParts {
  const top = outcome.top.map((line) => ({ rank: line.rank, name: nameOf(line), standing: lineText(line) }));
  const you =
    outcome.you === 'opted-out'
      ? "You're hidden from the leaderboard. /settings leaderboard on shows you again."
      : outcome.you === 'absent'
        ? "You're not on it yet: /today here starts your first day."
        : `You: #${outcome.you.rank} of ${outcome.total} · ${lineText(outcome.you)}`;
  return { title: `Leaderboard · ${plural(outcome.total, 'learner')}`, top, you };
}

/** `/leaderboard`: the top ten and the asker's own line. Opted-out learners are never in `outcome`. */
export function renderLeaderboard(outcome: LeaderboardOutcome): string {
  const notice = renderLeaderboardNotice(outcome);
  if (notice !== null || outcome.kind !== 'leaderboard') return notice ?? '';
  const parts = leaderboardParts(outcome);
  const top = parts.top.map(
    (entry) => `${String(entry.rank).padStart(2)}. ${entry.name} · ${entry.standing}`,
  );
  return [parts.title, ...top, '', parts.you].join('\n');
}
