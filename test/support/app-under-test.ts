import { createDaySearch } from '../../src/adapters/curriculum/day-search.js';
import { createApp, type AppDeps } from '../../src/app/create-app.js';
import type { Notifier } from '../../src/app/ports.js';
import { offlineCoach } from '../../src/entry/ai-coach-setup.js';
import { renderPostProblemDm } from '../../src/adapters/discord/render/server-admin-text.js';
import { deliveryTexts } from '../../src/presenters/text/delivery-texts.js';
import { buddyDmTexts } from '../../src/adapters/discord/render/buddy-text.js';

/** What a test's app is built from; the rest takes the defaults a test rarely cares about. */
export type AppUnderTestDeps = Pick<AppDeps, 'plan' | 'store' | 'clock' | 'logger'> &
  Partial<
    Pick<AppDeps, 'defaultTimezone' | 'assessmentMap' | 'coach' | 'caches' | 'recallDailyCap' | 'search'>
  > & {
    /** The scheduler's way out; without it the app places nothing and opens no DM. */
    readonly notifier?: Notifier;
    /** How late a missed post or DM may still go out; default 12 hours. */
    readonly graceMs?: number;
  };

/**
 * The app as the composition roots build it: UTC for new learners, no assessment data, the
 * offline coach, and, with a notifier, the scheduler's delivery with the real texts.
 */
export function appUnderTest(deps: AppUnderTestDeps) {
  const { notifier, graceMs, ...rest } = deps;
  return createApp({
    defaultTimezone: 'UTC',
    assessmentMap: null,
    coach: offlineCoach(),
    search: createDaySearch(deps.plan),
    ...rest,
    ...(notifier === undefined
      ? {}
      : {
          delivery: {
            notifier,
            graceMs: graceMs ?? 12 * 3_600_000,
            texts: { ...deliveryTexts, postProblem: renderPostProblemDm, ...buddyDmTexts },
          },
        }),
  });
}
