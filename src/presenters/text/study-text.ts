import type { StoreTrouble } from '../../app/storage/learners.js';
import type { DoneOutcome, ShowDayOutcome, TimezoneOutcome, TodayOutcome } from '../../app/study/study.js';
import { workOfDay } from '../../core/curriculum/day-parts.js';
import type { Standing } from '../../core/learner/standing.js';
import { MAX_REPAIRS } from '../../core/learner/streak.js';
import { dayHeading, renderDayText } from './day-text.js';
import { renderRecallDueLine } from './recall-text.js';
import { plural } from './plural.js';

const TZ_LIST = 'https://en.wikipedia.org/wiki/List_of_tz_database_time_zones';

/** The two store problems a learner can meet, in words. */
export function renderStoreTrouble(trouble: StoreTrouble): string {
  if (trouble.kind === 'busy')
    return 'Your progress is being updated elsewhere right now. Try again in a moment.';
  return `I couldn't read your saved progress, so I set it aside for an admin (${trouble.quarantineKey}). Your next command starts a fresh record.`;
}

/**
 * Where the learner is against their calendar, with the way forward: paused (the calendar
 * waits, so no "behind"), finished, on pace, ahead, or behind.
 */
export function renderPace(standing: Standing): string {
  const { behind, current } = standing;
  if (current === null) return `You've completed the plan: all ${standing.totalDays} days done.`;
  if (standing.pausedSince !== null) return renderPaused(standing.pausedSince);
  if (behind === 0) return "You're on pace.";
  if (behind < 0) return `You're ${plural(-behind, 'day')} ahead of your calendar.`;
  return `You're ${plural(behind, 'day')} behind your calendar. /shift starts your calendar again from Day ${current.day.day}.`;
}

/** While paused: no pace, the calendar waits. */
export function renderPaused(since: string): string {
  return `You're paused (since ${since}): your calendar waits and your streak is safe. /resume when you're back.`;
}

/** `/progress`: streak repairs left, and how one works (or that the broken streak can be repaired today). */
export function renderRepairsLeft(standing: Standing): string {
  const { repairsLeft, repairable } = standing.streak;
  if (repairable !== null)
    return `Streak repair: complete two days today to keep your ${repairable.was}-day streak (${plural(repairsLeft, 'repair')} left this cycle).`;
  return `Streak repairs left this cycle: ${repairsLeft} of ${MAX_REPAIRS} (two days done the day after a miss keep your streak).`;
}

/** Streak line: current, longest and banked freezes. */
export function renderStreak(standing: Standing): string {
  const { current, longest, freezesBanked, repairable, repairsLeft } = standing.streak;
  const freezes = freezesBanked > 0 ? ` · ${plural(freezesBanked, 'freeze')} banked` : '';
  if (repairable !== null) {
    return `Streak: ${plural(current, 'day')} (best ${longest})${freezes}. Your ${repairable.was}-day streak broke yesterday: complete two days today to repair it (${plural(repairsLeft, 'repair')} left this cycle)`;
  }
  return `Streak: ${plural(current, 'day')} (best ${longest})${freezes}`;
}

export function renderToday(outcome: TodayOutcome): string {
  if (outcome.kind !== 'standing') return renderStoreTrouble(outcome);
  if (outcome.current === null) return renderFinished(outcome);
  return [
    renderDayText(outcome.current, outcome.totalDays),
    '',
    renderPace(outcome),
    renderStreak(outcome),
    ...(outcome.recallDue === undefined ? [] : [renderRecallDueLine(outcome.recallDue)]),
  ].join('\n');
}

function renderFinished(standing: Extract<TodayOutcome, { kind: 'standing' }>): string {
  const recall = standing.recallDue === undefined ? '' : `\n${renderRecallDueLine(standing.recallDue)}`;
  return `You've finished all ${standing.totalDays} days. ${renderStreak(standing)}. /progress shows your whole cycle.${recall}`;
}

export function renderShowDay(outcome: ShowDayOutcome, planDays: number): string {
  if (outcome.kind === 'no-such-day') return renderNoSuchDay(outcome);
  return renderDayText(outcome.place, planDays);
}

function renderNoSuchDay(range: { first: number; last: number }): string {
  return `There's no such day in this plan. Days run from ${range.first} to ${range.last}.`;
}

export function renderDone(outcome: DoneOutcome): string {
  switch (outcome.kind) {
    case 'done': {
      const next = outcome.standing.current;
      const after =
        next === null
          ? 'That was the last day of the plan. Well done.'
          : `Next: ${dayHeading(next.day)} (/today).`;
      const proof =
        outcome.day.day.checkpoint === null
          ? `\nThis day has no checkpoint to prove; your proof is saved with it as what you did for the ${workOfDay(outcome.day.day)}.`
          : '';
      const paused =
        outcome.standing.pausedSince === null
          ? ''
          : `\nYou're still paused (since ${outcome.standing.pausedSince}): the day counts for your streak, and your calendar waits until /resume.`;
      return `${dayHeading(outcome.day.day)}: done. ${renderStreak(outcome.standing)}.${proof}${paused}\n${after}`;
    }
    case 'already-done':
      return `Day ${outcome.day} is already done. /today shows your current day.`;
    case 'not-current':
      return `You're on Day ${outcome.current}; finish it first with /done <proof>.`;
    case 'finished':
      return "You've already finished every day of this plan.";
    case 'no-such-day':
      return renderNoSuchDay(outcome);
    case 'proof-missing':
      return 'Add your proof: what you built or can now explain, or a link. Example: /done Built word count with RDDs https://github.com/you/repo';
    case 'proof-too-long':
      return `That proof is over ${outcome.max.toLocaleString('en-US')} characters. Shorten it or put it behind a link.`;
    case 'bad-link':
      return `"${outcome.link}" doesn't look like a web address. Use a full http(s):// link.`;
    case 'same-proof':
      return `That's the proof you gave for Day ${outcome.day}, so Day ${outcome.current} stays open. Send what you did for Day ${outcome.current}.`;
    default:
      return renderStoreTrouble(outcome);
  }
}

export function renderTimezone(outcome: TimezoneOutcome): string {
  if (outcome.kind === 'timezone-set') {
    return `Timezone set to ${outcome.timezone}. Your local date there is ${outcome.localDate}; your days and streak follow it.`;
  }
  if (outcome.kind === 'unknown-timezone') {
    return `That timezone isn't one I know. Try a name like Europe/Berlin (list: ${TZ_LIST}).`;
  }
  return renderStoreTrouble(outcome);
}
