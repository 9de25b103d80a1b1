import { isProjectDay } from '../curriculum/day-parts.js';
import { sectionLabel } from '../curriculum/plan-lookup.js';
import type { Plan, Section } from '../curriculum/plan.js';
import type { Learner, LocalDate } from '../learner/learner.js';
import { streakOf } from '../learner/streak.js';
import { cohortDay, type CohortSchedule } from '../schedule/cohort.js';
import { graceProblem, latestSlot } from '../schedule/slot.js';
import { addDays } from '../time/local-date.js';

/**
 * Whether a section recap is due: at the server's post slot on the day after the cohort's
 * calendar reached a section's last day, within the same grace as the daily post. The
 * section index is the recap's identity: the caller sends each section's recap once.
 */
export type RecapDue =
  | { readonly kind: 'recap'; readonly sectionIndex: number; readonly slotDate: LocalDate }
  | {
      readonly kind: 'none';
      readonly reason: 'off' | 'paused' | 'not-section-end' | 'not-yet' | 'beyond-grace';
    };

/** A server's schedule with its recap switch (server settings carry both). */
export type RecapSchedule = CohortSchedule & { readonly recaps: boolean };

export function recapDue(plan: Plan, schedule: RecapSchedule, now: Date, graceMs: number): RecapDue {
  if (!schedule.recaps) return { kind: 'none', reason: 'off' };
  if (schedule.paused) return { kind: 'none', reason: 'paused' };
  const slot = latestSlot(now, schedule.time, schedule.timezone);
  const problem = graceProblem(now, slot, graceMs, schedule.timezone);
  if (problem !== null) return { kind: 'none', reason: problem };
  const yesterday = cohortDay(plan, schedule.startDate, addDays(slot.slotDate, -1), schedule.startDay);
  const day = yesterday.kind === 'day' ? yesterday.day : null;
  const sectionIndex = plan.sections.findIndex((section) => section.days[section.days.length - 1] === day);
  if (sectionIndex === -1) return { kind: 'none', reason: 'not-section-end' };
  return { kind: 'recap', sectionIndex, slotDate: slot.slotDate };
}

/** Everything a section recap says, already decided; names are user input for the renderer to escape. */
export interface SectionRecap {
  readonly label: string;
  readonly title: string;
  /** The section's project day (its last one when it has none). */
  readonly projectDay: number;
  /** Who completed the project day, by name. */
  readonly finishers: readonly string[];
  /** The longest current streaks (at least 3 days), longest first, at most 3. */
  readonly streaks: readonly { readonly name: string; readonly days: number }[];
  /** The next section's first day, or null after the last section. */
  readonly nextDay: { readonly day: number; readonly title: string } | null;
}

/** The recap of the section at `sectionIndex` over the server's learners; opted-out learners are never named. */
export function buildSectionRecap(
  plan: Plan,
  sectionIndex: number,
  learners: readonly Learner[],
  now: Date,
): SectionRecap {
  const section = plan.sections[sectionIndex];
  if (section === undefined) throw new Error(`no section at index ${sectionIndex}`);
  const visible = learners.filter((learner) => !learner.leaderboardOptOut);
  const projectDay = projectDayOf(plan, section);
  const byName = (a: string, b: string) => a.localeCompare(b, 'en');
  const finishers = visible
    .filter((learner) => learner.completions.some((c) => c.day === projectDay))
    .map((learner) => learner.displayName)
    .sort(byName);
  const streaks = visible
    .map((learner) => ({ name: learner.displayName, days: streakOf(learner, now).current }))
    .filter((entry) => entry.days >= 3)
    .sort((a, b) => b.days - a.days || byName(a.name, b.name))
    .slice(0, 3);
  const next = plan.sections[sectionIndex + 1]?.days[0];
  const nextDay = plan.days.find((d) => d.day === next);
  return {
    label: sectionLabel(section),
    title: section.title,
    projectDay,
    finishers,
    streaks,
    nextDay: nextDay === undefined ? null : { day: nextDay.day, title: nextDay.title },
  };
}

function projectDayOf(plan: Plan, section: Section): number {
  const projects = plan.days.filter((d) => section.days.includes(d.day) && isProjectDay(d));
  return projects[projects.length - 1]?.day ?? section.days[section.days.length - 1] ?? 0;
}
