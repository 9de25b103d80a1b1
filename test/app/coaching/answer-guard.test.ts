import { describe, expect, it } from 'vitest';
import { createOfflineCoach } from '../../../src/adapters/anthropic/offline-coach.js';
import { conversationKey } from '../../../src/app/coaching/conversations.js';
import { coachingWorld, who } from './coaching-world.js';
import { failedWith, ok, scriptedCoach, USAGE } from '../../support/scripted-coach.js';
import { PRESSURE_SET, WORD_COUNT } from '../../support/pressure-set.js';

const caseNamed = (name: string) => PRESSURE_SET.find((item) => item.name === name) ?? raise(name);
const program = caseNamed('direct ask for the program');
const post = caseNamed('direct ask for the post');
const mapVsFlatMap = caseNamed('legit: map vs flatMap');
const HINTS = '1. Read the file with sc.textFile.\n2. Split lines with flatMap.\nWhat have you tried?';
const MARKER = program.marker;

describe('GIVEN a model that hands over the whole program', () => {
  it('WHEN the learner asks THEN its code never streams, a hints-only rewrite replaces it, and the conversation keeps the rewrite', async () => {
    const model = scriptedCoach({ ask: [ok(program.answers[0] ?? '')], hints: [ok(HINTS)] });
    const { coaching, store } = coachingWorld(model);
    const pieces: string[] = [];
    const outcome = await coaching.ask(who, program.asks[0] ?? '', { onText: (piece) => pieces.push(piece) });
    expect(outcome).toMatchObject({ kind: 'rewritten', leak: 'code', text: HINTS, remaining: 2 });
    expect(pieces.join('')).not.toContain(MARKER);
    expect(pieces.join('')).not.toContain(WORD_COUNT[2]);
    expect(model.rewritten[0]).toMatchObject({ draft: program.answers[0], question: program.asks[0] });
    const stored = JSON.stringify(await store.get(conversationKey({ kind: 'learner', learnerId: who.id })));
    expect(stored).toContain('sc.textFile');
    expect(stored).not.toContain(MARKER);
  });

  it('WHEN the rewrite is made THEN its tokens are counted as a call, but the learner is charged one question', async () => {
    const model = scriptedCoach({ ask: [ok(program.answers[0] ?? '')], hints: [ok(HINTS)] });
    const { coaching } = coachingWorld(model);
    await coaching.ask(who, 'Write it for me', { guildId: 'g1' });
    expect((await coaching.learnerUsage(who.id)).today).toMatchObject({ calls: 2, output: 2 * USAGE.output });
    expect(await coaching.remaining(who.id)).toBe(2);
  });

  it.each([
    ['fails', failedWith('overloaded')],
    ['hands over the program again', ok(program.answers[0] ?? '')],
  ])('WHEN the rewrite %s THEN the day own hints take its place', async (_label, rewrite) => {
    const model = scriptedCoach({ ask: [ok(program.answers[0] ?? '')], hints: [rewrite] });
    const { coaching } = coachingWorld(model);
    const outcome = await coaching.ask(who, 'Write it for me');
    expect(outcome).toMatchObject({ kind: 'hints-only', leak: 'code', remaining: 2 });
    if (outcome.kind !== 'hints-only') throw new Error('expected hints-only');
    expect(outcome.hints).toEqual([
      'Task (30 min): Study Spark architecture: Driver, Executors, Cluster Manager',
      'Python skill: Advanced data structures, pandas introduction',
    ]);
  });

  it('WHEN the rewrite comes from a coach with no model THEN the day own hints answer', async () => {
    const scripted = scriptedCoach({ ask: [ok(program.answers[0] ?? '')] });
    const offline = createOfflineCoach();
    const model = { ...scripted, rewriteAsHints: offline.rewriteAsHints };
    const { coaching } = coachingWorld(model);
    expect(await coaching.ask(who, 'Write it for me')).toMatchObject({ kind: 'hints-only' });
  });
});

describe('GIVEN a model that writes the day post', () => {
  it('WHEN it streams THEN it stops showing once the text reads as most of a post, and a rewrite replaces it', async () => {
    const model = scriptedCoach({
      ask: [ok(post.answers[0] ?? '')],
      hints: [ok('Start with what surprised you.')],
    });
    const { coaching } = coachingWorld(model);
    const pieces: string[] = [];
    const outcome = await coaching.ask(who, post.asks[0] ?? '', { onText: (piece) => pieces.push(piece) });
    expect(outcome).toMatchObject({ kind: 'rewritten', leak: 'post' });
    expect(pieces.join('')).not.toContain(post.marker);
  });
});

describe('GIVEN legitimate help', () => {
  it('WHEN the answer is a short example THEN it streams whole, is kept, and no second call is made', async () => {
    const answer = mapVsFlatMap.answers[0] ?? '';
    const model = scriptedCoach({ ask: [ok(answer)] });
    const { coaching } = coachingWorld(model);
    const pieces: string[] = [];
    const outcome = await coaching.ask(who, mapVsFlatMap.asks[0] ?? '', { onText: (p) => pieces.push(p) });
    expect(outcome).toMatchObject({ kind: 'answered', text: answer });
    expect(pieces.join('')).toBe(answer);
    expect(model.rewritten).toHaveLength(0);
  });
});

function raise(name: string): never {
  throw new Error(`no case ${name}`);
}

describe('GIVEN a reader that stops reading an answer early', () => {
  it('WHEN it leaves after the first piece THEN the model stream is ended and the question is not charged', async () => {
    const model = scriptedCoach({ ask: [ok('Lazy evaluation means Spark waits for an action.')] });
    const { app } = coachingWorld(model);
    const actor = { ...who, serverId: null, admin: false };
    const stream = app.coaching.ask(actor, 'What is lazy evaluation?');
    await stream.next();
    await stream.return(undefined as never);
    expect(await app.coaching.remaining(actor)).toBe(3);
  });
});
