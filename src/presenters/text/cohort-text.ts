import type { CohortOutcome } from '../../app/progress/cohort.js';
import { sanitizeLine, truncate } from '../../core/progress/card-text-safety.js';
import type { CohortRow, FunnelStep, RiskReason } from '../../core/progress/cohort-view.js';
import { plural } from './plural.js';
import type { HeatmapWords } from '../../core/progress/cohort-heatmap-svg.js';

/** How a learner who opted out of leaderboards is named everywhere in the cohort view. */
export const HIDDEN_NAME = '(hidden)';
/** Discord's (and the text's) limit for one message. */
const MAX_CHARS = 2_000;
const MAX_RISK_LINES = 10;

/** The at-risk reasons in words, for the text and the CSV. */
export function riskWords(reason: RiskReason): string {
  switch (reason.kind) {
    case 'streak-ending':
      return `${reason.streak}-day streak ends today`;
    case 'behind':
      return `${reason.days} days behind`;
    case 'idle':
      return `nothing done for ${reason.days} days`;
  }
}

/** A learner's name on one line, markdown and mentions inert; opted-out learners stay unnamed. */
export function cohortName(row: CohortRow): string {
  if (row.name === null) return HIDDEN_NAME;
  const plain = truncate(sanitizeLine(row.name), 32) || 'Learner';
  return plain.replace(/[\\*_~`|>[\]]/g, (ch) => `\\${ch}`).replace(/@/g, '@\u200b');
}

/** The funnel with runs of equal counts merged: "Days 31–33: 3 · Day 34: 1". Days after the last completed one are left out. */
export function funnelLine(funnel: readonly FunnelStep[]): string {
  let end = funnel.length;
  while (end > 1 && funnel[end - 1]?.done === 0) end -= 1;
  const runs: { from: number; to: number; done: number }[] = [];
  for (const step of funnel.slice(0, end)) {
    const last = runs.at(-1);
    if (last !== undefined && last.done === step.done) last.to = step.day;
    else runs.push({ from: step.day, to: step.day, done: step.done });
  }
  return runs
    .map((run) => `${run.from === run.to ? `Day ${run.from}` : `Days ${run.from}–${run.to}`}: ${run.done}`)
    .join(' · ');
}

/** `/coach cohort` as text, within one message: who is at risk and how many completed each day. */
export function renderCohort(outcome: CohortOutcome): string {
  if (outcome.kind === 'no-learners')
    return 'No learner has used the coach in this server yet. Their progress shows here once they run /today or /done.';
  const { rows, funnel } = outcome.view;
  const atRisk = rows.filter((row) => row.risks.length > 0);
  const learners = plural(rows.length, 'learner');
  const lines = [`Cohort: ${learners}, ${atRisk.length} at risk.`];
  if (atRisk.length > 0) {
    lines.push('At risk:');
    for (const row of atRisk.slice(0, MAX_RISK_LINES))
      lines.push(`- ${cohortName(row)}: ${row.risks.map(riskWords).join(', ')}`);
    if (atRisk.length > MAX_RISK_LINES)
      lines.push(`- and ${atRisk.length - MAX_RISK_LINES} more (see the CSV)`);
  }
  if (outcome.unreadable > 0)
    lines.push(
      `${plural(outcome.unreadable, 'learner record')} couldn't be read just now and ${outcome.unreadable === 1 ? 'is' : 'are'} not counted; try again in a minute.`,
    );
  const head = lines.join('\n');
  const funnelHead = '\nCompleted, by plan day: ';
  const csv = "\nEvery learner's progress is in the attached CSV.";
  const room = MAX_CHARS - head.length - funnelHead.length - csv.length;
  return `${head}${funnelHead}${truncate(funnelLine(funnel), room)}${csv}`;
}

/** The words of the heatmap image for `learners` learners on `asOf`. */
export function heatmapWords(learners: number, asOf: Date): HeatmapWords {
  return {
    title: 'The cohort by plan day',
    subtitle: `${plural(learners, 'learner')}, most behind first · ${asOf.toISOString().slice(0, 10)}`,
    hidden: HIDDEN_NAME,
    more: (count) => `and ${plural(count, 'more learner')}: every one is in the CSV`,
    legend: {
      done: 'Done',
      missed: 'Missed',
      paused: 'Paused',
      upcoming: 'Not yet',
      pace: 'Their calendar today',
    },
  };
}

/** The heatmap's alt text. */
export const heatmapAltText = (learners: number): string =>
  `Heatmap of ${plural(learners, 'learner')} by plan day: done, missed, paused, and each one's calendar day.`;
