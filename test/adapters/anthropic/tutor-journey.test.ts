import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { appUnderTest } from '../../support/app-under-test.js';
import { textReply, type FakeAnthropic } from '../../support/fake-anthropic.js';
import { threeCycleJourney } from '../../support/journey-fixtures.js';
import { PRESSURE_SET } from '../../support/pressure-set.js';
import { readStream } from '../../support/text-stream.js';
import { silent, START } from '../../app/coaching/coaching-world.js';
import { startCoach } from './coach-under-test.js';

let fake: FakeAnthropic | undefined;
afterEach(() => fake?.close());

const program = PRESSURE_SET.find((item) => item.name === 'direct ask for the program');

describe('GIVEN a three-cycle journey and a too-helpful model', () => {
  it('WHEN an answer is rewritten as hints THEN the rewrite goes out on the same cached prefix as the question (the day cycle)', async () => {
    const started = await startCoach();
    fake = started.fake;
    const journey = await threeCycleJourney();
    const clock = { now: () => START };
    const store = createMemoryStore({ now: () => START.getTime() });
    const coach = { model: started.coach, online: true, limits: { daily: 5, adminDaily: 5 } };
    const app = appUnderTest({ plan: journey, store, clock, logger: silent, coach });
    fake.reply(textReply(program?.answers[0] ?? ''), textReply('1. Start with sc.textFile.'));
    const actor = { id: 'console:ada', displayName: 'Ada', serverId: null, admin: false };
    const outcome = await readStream(app.coaching.ask(actor, program?.asks[0] ?? ''));
    expect(outcome).toMatchObject({ kind: 'rewritten' });
    const [asked, rewrite] = fake.requests;
    expect(rewrite?.body.system).toEqual(asked?.body.system);
    expect(rewrite?.body.system[0].text).not.toContain('Day 31 ·');
    expect(rewrite?.body.system[0].text).toContain('Day 1 ·');
    expect(rewrite?.body.messages[0].content).toContain('Day 1 ·');
    expect(rewrite?.body.messages[0].content).not.toContain('Day 61 ·');
  });
});
