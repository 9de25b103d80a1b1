import { describe, expect, it } from 'vitest';
import { createOfflineCoach } from '../../../src/adapters/anthropic/offline-coach.js';
import { learnerKey } from '../../../src/app/storage/learners.js';
import type { CheckpointAssessment } from '../../../src/core/learner/learner.js';
import { coachingWorld, who } from './coaching-world.js';
import { failedWith, ok, scriptedCoach } from '../../support/scripted-coach.js';

const PROOF = {
  text: 'Explained lazy evaluation and the DAG to a friend',
  links: ['https://github.com/ada/notes'],
};
const PARTLY: CheckpointAssessment = {
  verdict: 'partly',
  why: 'Lazy evaluation is explained; the DAG is only named.',
  nextStep: 'Sketch the DAG of a two-stage job.',
};

async function completions(world: ReturnType<typeof coachingWorld>) {
  const stored = (await world.store.get(learnerKey(who.id))) as { data: { completions: unknown[] } };
  return stored.data.completions;
}

describe('GIVEN proof for the current day', () => {
  it('WHEN it is handed in THEN the coach assesses it against that checkpoint and it is stored with the completion', async () => {
    const model = scriptedCoach({ assess: [ok(PARTLY)] });
    const world = coachingWorld(model);
    const outcome = await world.coaching.submitProof(who, PROOF);
    expect(outcome).toMatchObject({
      done: { kind: 'done', day: { day: { day: 31 } } },
      feedback: { kind: 'ok', value: PARTLY, remaining: 2 },
    });
    expect(model.assessed[0]?.day.checkpoint).toBe("Can explain Spark's lazy evaluation and DAG execution");
    expect(await completions(world)).toMatchObject([{ day: 31, proof: PROOF, assessment: PARTLY }]);
  });

  it('WHEN the model is thinking THEN the learner record is not locked', async () => {
    let leaseDuringCall: string | undefined = 'not checked';
    const world = coachingWorld(
      scriptedCoach({
        assess: [
          async () => {
            leaseDuringCall = await world.store.claimOwner(`lease:${learnerKey(who.id)}`);
            return ok(PARTLY);
          },
        ],
      }),
    );
    await world.coaching.submitProof(who, PROOF);
    expect(leaseDuringCall).toBeUndefined();
  });

  it('WHEN the same proof is handed in again THEN it is refused without a model call, and Day 32 stays open', async () => {
    const model = scriptedCoach({ assess: [ok(PARTLY)] });
    const world = coachingWorld(model);
    await world.coaching.submitProof(who, PROOF);
    const again = await world.coaching.submitProof(who, { ...PROOF, text: ` ${PROOF.text.toUpperCase()} ` });
    expect(again).toMatchObject({
      done: { kind: 'same-proof', day: 31, current: 32 },
      feedback: { kind: 'not-assessed' },
    });
    expect(model.assessed).toHaveLength(1);
    expect(await completions(world)).toMatchObject([{ day: 31 }]);
  });

  it('WHEN the assessment says not yet THEN the day is still completed (the learner decides)', async () => {
    const notYet = { ...PARTLY, verdict: 'not-yet' as const };
    const world = coachingWorld(scriptedCoach({ assess: [ok(notYet)] }));
    expect(await world.coaching.submitProof(who, PROOF)).toMatchObject({ done: { kind: 'done' } });
    expect(await completions(world)).toMatchObject([{ day: 31, assessment: notYet }]);
  });
});

describe('GIVEN no assessment can be had', () => {
  it('WHEN there is no API key THEN the proof is recorded without an assessment', async () => {
    const world = coachingWorld(createOfflineCoach());
    expect(await world.coaching.submitProof(who, PROOF)).toMatchObject({
      done: { kind: 'done' },
      feedback: { kind: 'offline' },
    });
    expect(await completions(world)).toMatchObject([{ day: 31, assessment: null }]);
    expect(await world.coaching.remaining(who.id)).toBe(3);
  });

  it('WHEN the model times out THEN the day is completed without one and the call is not charged', async () => {
    const world = coachingWorld(scriptedCoach({ assess: [failedWith('timed-out')] }));
    expect(await world.coaching.submitProof(who, PROOF)).toMatchObject({
      done: { kind: 'done' },
      feedback: { kind: 'failed', reason: 'timed-out', remaining: 3 },
    });
    expect(await completions(world)).toMatchObject([{ assessment: null }]);
  });

  it('WHEN the quota is spent THEN the day is completed without a call', async () => {
    const model = scriptedCoach({});
    const world = coachingWorld(model, { daily: 0, adminDaily: 0 });
    expect(await world.coaching.submitProof(who, PROOF)).toMatchObject({
      done: { kind: 'done' },
      feedback: { kind: 'quota-spent', limit: 0 },
    });
    expect(model.calls()).toBe(0);
  });

  it.each([
    ['no proof', { text: ' ', links: [] }, {}, 'proof-missing'],
    ['a bad link', { text: 'x', links: ['ftp://x'] }, {}, 'bad-link'],
    ['another day', PROOF, { day: 33 }, 'not-current'],
  ] as const)(
    'WHEN it comes with %s THEN the reason is given and the model is not asked',
    async (_label, proof, options, kind) => {
      const model = scriptedCoach({});
      const world = coachingWorld(model);
      const outcome = await world.coaching.submitProof(
        who,
        { text: proof.text, links: [...proof.links] },
        options,
      );
      expect(outcome).toMatchObject({ done: { kind }, feedback: { kind: 'not-assessed' } });
      expect(model.calls()).toBe(0);
    },
  );
});
