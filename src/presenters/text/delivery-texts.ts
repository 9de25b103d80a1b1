import type { DeliveryTexts } from '../../app/delivery/delivery-texts.js';
import {
  renderCycleComplete,
  renderCycleEnd,
  renderSectionRecap,
  renderStreakWarning,
} from './recap-text.js';

/** The words of everything the scheduler sends as plain text. */
export const deliveryTexts: DeliveryTexts = {
  cycleComplete: renderCycleComplete,
  cycleEnd: renderCycleEnd,
  sectionRecap: renderSectionRecap,
  streakWarning: renderStreakWarning,
};
