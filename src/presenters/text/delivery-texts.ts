import type { BuddyTexts } from '../../app/buddies/buddy-texts.js';
import type { DeliveryTexts } from '../../app/delivery/delivery-texts.js';
import {
  renderCycleComplete,
  renderCycleEnd,
  renderSectionRecap,
  renderStreakWarning,
} from './recap-text.js';
import { renderWeeklyDigest } from './reminder-text.js';
import { renderAtRiskNudge } from './nudge-text.js';

/**
 * The words of everything the scheduler sends as plain text; the admin's post-problem DM names
 * a channel and the buddy DMs name learners, so each front end that sends them words them
 * (Discord: `render/server-admin-text.ts`, `render/buddy-text.ts`).
 */
export const deliveryTexts: Omit<DeliveryTexts, 'postProblem' | keyof BuddyTexts> = {
  cycleComplete: renderCycleComplete,
  cycleEnd: renderCycleEnd,
  sectionRecap: renderSectionRecap,
  streakWarning: renderStreakWarning,
  weeklyDigest: renderWeeklyDigest,
  atRiskNudge: renderAtRiskNudge,
};
