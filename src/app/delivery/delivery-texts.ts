import type { BuddyTexts } from '../buddies/buddy-texts.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { CycleEnd } from '../../core/progress/cycle-end.js';
import type { SectionRecap } from '../../core/progress/section-recap.js';
import type { PostProblem } from '../../core/schedule/server-schedule.js';
import type { StreakWarning } from './streak-warning.js';
import type { WeeklyDigest } from '../../core/progress/weekly-digest.js';
import type { AtRiskNudge } from '../../core/progress/at-risk-nudge.js';

/**
 * The words of what the scheduler sends as plain text. The app decides what is sent; the
 * text presenters word it, and the composition root hands them over here.
 */
export interface DeliveryTexts extends BuddyTexts {
  /** The one post the day after the plan's last day. */
  cycleComplete(plan: Plan): string;
  /** What opens the first post of the next cycle of a journey. */
  cycleEnd(end: CycleEnd): string;
  /** The post as the cohort finishes a section. */
  sectionRecap(recap: SectionRecap): string;
  /** The DM as a learner's streak is about to end. */
  streakWarning(warning: StreakWarning): string;
  /** The opt-in weekly digest DM. */
  weeklyDigest(digest: WeeklyDigest): string;
  /** The friendly weekly DM to a learner at risk, where the server turned nudges on. */
  atRiskNudge(nudge: AtRiskNudge): string;
  /** The DM to the admin who set a server up when its daily post was refused. */
  postProblem(notice: PostProblemNotice): string;
}

/** A refused daily post, as told to the admin: which day (null: the cycle-complete message) and until when a fix still posts it. */
export interface PostProblemNotice extends PostProblem {
  readonly day: number | null;
  /** The end of the grace window: fixed and resumed before then, the day still goes out. */
  readonly retryUntil: Date;
  /** A forum's posts need Create Posts where a text channel needs Send Messages. */
  readonly channelKind: 'text' | 'forum';
}
