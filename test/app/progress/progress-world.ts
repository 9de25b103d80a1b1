import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { StoredReview } from '../../../src/app/coaching/saved-reviews.js';
import { createCaches } from '../../../src/app/caching/caches.js';
import { appUnderTest } from '../../support/app-under-test.js';
import { createWheelPlacement } from '../../../src/app/delivery/wheel-placement.js';
import type { Logger, Store } from '../../../src/app/ports.js';
import { Learners } from '../../../src/app/storage/learners.js';
import type { AssessmentMap } from '../../../src/core/assessment/assessment-map.js';
import type { Plan } from '../../../src/core/curriculum/plan.js';
import { realPlan } from '../../support/real-plan.js';
import { FakeNotifier } from '../delivery/daily-posts-fixture.js';

export const silent: Logger = { info() {}, warn() {}, error() {} };

/** A Store that remembers every key any write touched, so a test can look at all of them. */
export function trackingStore(inner: Store): Store & { readonly touched: ReadonlySet<string> } {
  const touched = new Set<string>();
  const note = (key: string) => void touched.add(key);
  return {
    touched,
    get: (key) => inner.get(key),
    getMany: (keys) => inner.getMany(keys),
    set: (key, value, ttl) => (note(key), inner.set(key, value, ttl)),
    create: (key, value) => (note(key), inner.create(key, value)),
    delete: (key) => inner.delete(key),
    claim: (key, owner, ttl) => (note(key), inner.claim(key, owner, ttl)),
    claimOwner: (key) => inner.claimOwner(key),
    release: (key, owner) => inner.release(key, owner),
    increment: (key, by, ttl) => (note(key), inner.increment(key, by, ttl)),
    counter: (key) => inner.counter(key),
    addToSet: (key, member) => (note(key), inner.addToSet(key, member)),
    removeFromSet: (key, member) => inner.removeFromSet(key, member),
    setMembers: (key) => inner.setMembers(key),
    setMembersMany: (keys) => inner.setMembersMany(keys),
    rankSet: (key, member, score) => (note(key), inner.rankSet(key, member, score)),
    rankRemove: (key, member) => inner.rankRemove(key, member),
    rankTop: (key, limit) => inner.rankTop(key, limit),
    rankUpTo: (key, max, limit) => inner.rankUpTo(key, max, limit),
    rankCount: (key, above) => inner.rankCount(key, above),
    rankScore: (key, member) => inner.rankScore(key, member),
    sweepExpired: (limit) => inner.sweepExpired(limit),
    close: () => inner.close(),
  };
}

/** Every trace of `needles` left at the touched keys: keys naming them, set members, values holding them. */
export async function tracesOf(
  store: Store & { readonly touched: ReadonlySet<string> },
  needles: readonly string[],
) {
  const traces: string[] = [];
  const mentions = (text: string) => needles.some((needle) => text.includes(needle));
  for (const key of store.touched) {
    const value = await store.get(key);
    const members = await store.setMembers(key);
    const owner = await store.claimOwner(key);
    const count = await store.counter(key);
    const held = value !== undefined || members.length > 0 || owner !== undefined || count !== 0;
    if (held && mentions(key)) traces.push(`key ${key}`);
    if (value !== undefined && mentions(JSON.stringify(value))) traces.push(`value at ${key}`);
    for (const member of members.filter(mentions)) traces.push(`member ${member} of ${key}`);
    for (const { member } of await store.rankTop(key, 10_000))
      if (mentions(member)) traces.push(`ranked ${member} in ${key}`);
  }
  return traces;
}

/** The app as both front ends build it, over a tracking memory store and a movable clock. */
export function progressWorld(options: {
  now: Date;
  plan?: Plan;
  assessmentMap?: AssessmentMap | null;
  store?: Store;
  /** Keep the per-process caches a running bot keeps. */
  caching?: boolean;
}) {
  let now = options.now;
  const clock = { now: () => now };
  const plan = options.plan ?? realPlan();
  const store = trackingStore(options.store ?? createMemoryStore({ now: () => now.getTime() }));
  const graceMs = 12 * 3_600_000;
  const notifier = new FakeNotifier(() => now);
  const app = appUnderTest({
    plan,
    store,
    clock,
    logger: silent,
    assessmentMap: options.assessmentMap ?? null,
    notifier,
    graceMs,
    ...(options.caching === true ? { caches: createCaches() } : {}),
  });
  const tick = (at: Date) => {
    now = at;
    return app.runSchedulerPass();
  };
  return {
    app,
    plan,
    store,
    learners: new Learners(store, clock, silent),
    clock,
    study: app.study,
    /** The platform the app opens DMs on. */
    notifier,
    /** The scheduling wheel the app places servers and learners in. */
    wheel: createWheelPlacement({ store, plan, graceMs }),
    setNow: (next: Date) => void (now = next),
    /** One scheduler pass at `at` over this world, sending through `notifier`; the clock moves there. */
    tick,
    /** A pass every minute from `from` to `to` (inclusive). */
    async tickEveryMinute(from: string, to: string) {
      for (let t = Date.parse(from); t <= Date.parse(to); t += 60_000) await tick(new Date(t));
    },
  };
}

/** A stored review of `day`'s post, as the AI coach saves it. */
export function reviewOf(
  day: number,
  kind: 'linkedin' | 'blog',
  at: string,
  draft = `Draft for day ${day}.\n# not a heading <b>`,
): StoredReview {
  return {
    day,
    kind,
    title: `Post of day ${day}`,
    draft,
    at,
    checks: [],
    review: {
      verdict: 'almost',
      criteria: {
        coversObjective: { score: 4, reason: 'Covers it' },
        technicallyAccurate: { score: 5, reason: 'Accurate' },
        hook: { score: 3, reason: 'Could be sharper' },
        structure: { score: 4, reason: 'Clear' },
        callToAction: { score: 2, reason: 'Missing' },
        fitsFormat: { score: 4, reason: 'Fits' },
      },
      strengths: ['Clear example'],
      fixes: ['Add a question at the end'],
      suggestedOpening: 'Spark is lazy, and that is a feature.',
    },
  };
}
