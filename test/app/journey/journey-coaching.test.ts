import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { loadPrompts } from '../../../src/adapters/prompts/load-prompts.js';
import { buildSharedPrefix } from '../../../src/core/prompts/build-prompts.js';
import { appUnderTest } from '../../support/app-under-test.js';
import { threeCycleJourney } from '../../support/journey-fixtures.js';
import { ok, scriptedCoach } from '../../support/scripted-coach.js';
import { readStream } from '../../support/text-stream.js';

const silent = { info() {}, warn() {}, error() {} };

describe('GIVEN a learner on Day 61 of a three-cycle journey, with the AI coach', () => {
  it('WHEN they ask and hand in proof THEN the model sees their cycle as the plan, so the shared prefix is one cycle long', async () => {
    const journey = await threeCycleJourney();
    const now = new Date('2026-06-01T09:00:00Z');
    const store = createMemoryStore({ now: () => now.getTime() });
    const model = scriptedCoach({
      ask: [ok('Partitions order events per key.')],
      assess: [ok({ verdict: 'meets', why: 'Runs.', nextStep: 'Add a consumer.' })],
    });
    const coach = { model, limits: { daily: 5, adminDaily: 5 }, online: true };
    const app = appUnderTest({ plan: journey, store, clock: { now: () => now }, logger: silent, coach });
    const actor = { id: 'console:ada', displayName: 'Ada' };
    // Cycles 1 and 2 done: Day 61 is current.
    for (let day = 1; day <= 60; day++) await app.study.done(actor, { text: `day ${day}`, links: [] });

    await readStream(app.coaching.ask(actor, 'Why partitions?'));
    await app.coaching.submitProof(actor, { text: 'Ran a producer and a consumer', links: [] });

    const third = journey.cycles[2]?.plan;
    expect(model.asked[0]?.day.day).toBe(61);
    expect(model.asked[0]?.plan).toBe(third);
    expect(model.assessed[0]?.plan).toBe(third);
    const prompts = await loadPrompts('prompts');
    if (prompts.kind !== 'ok' || third === undefined) throw new Error('the prompts or the cycle do not load');
    const prefix = buildSharedPrefix(prompts.prompts, third);
    expect(prefix).toContain('Day 61 · Kafka Architecture');
    expect(prefix).not.toContain('Day 31 · Spark Architecture');
  });
});
