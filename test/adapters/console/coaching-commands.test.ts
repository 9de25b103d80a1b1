import { afterEach, describe, expect, it } from 'vitest';
import { createOfflineCoach } from '../../../src/adapters/anthropic/offline-coach.js';
import { runConsoleCoach } from '../../../src/adapters/console/console-coach.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { CoachModel } from '../../../src/app/ports.js';
import { appUnderTest } from '../../support/app-under-test.js';
import { plan, silent, START } from '../../app/coaching/coaching-world.js';
import { startCoach } from '../anthropic/coach-under-test.js';
import { textReply, type FakeAnthropic } from '../../support/fake-anthropic.js';

async function* linesOf(...lines: string[]): AsyncIterable<string> {
  for (const line of lines) yield line;
}

function consoleWith(model: CoachModel, lines: string[], interactive = false) {
  const clock = { now: () => START };
  const store = createMemoryStore({ now: () => START.getTime() });
  const coach = { model, online: true, limits: { daily: 5, adminDaily: 5 } };
  const app = appUnderTest({ plan, store, clock, logger: silent, coach });
  const writes: string[] = [];
  const context = { app, actor: { id: 'console:local', displayName: 'Ada' }, dataDir: '/nonexistent' };
  const io = { lines: linesOf(...lines), write: (text: string) => void writes.push(text), interactive };
  const done = runConsoleCoach(io, context, silent);
  return { writes, done };
}

let fake: FakeAnthropic | undefined;
afterEach(() => fake?.close());

describe('GIVEN the console /ask with the real SDK against the local Messages API', () => {
  it('WHEN the answer streams in THEN each piece is written as it arrives, then the small print', async () => {
    const started = await startCoach();
    fake = started.fake;
    fake.reply(textReply(['Spark ', 'builds a DAG ', 'and waits.']));
    const { writes, done } = consoleWith(started.coach, ['/ask How does Spark plan work?']);
    await done;
    expect(writes).toEqual(['Spark ', 'builds a DAG ', 'and waits.', '\n', '\n', '4 questions left today\n']);
  });
});

describe('GIVEN a person typing /review', () => {
  it('WHEN they start a draft THEN they are told how to end it, and blank lines stay in the draft', async () => {
    const { writes, done } = consoleWith(
      createOfflineCoach(),
      ['/review linkedin', 'First paragraph.', '', 'Second paragraph.', '.', '/quit'],
      true,
    );
    await done;
    const text = writes.join('');
    expect(text).toContain('Paste your draft, then a line with only a dot (.) to send it.\n');
    expect(text).toContain('Review of your LinkedIn post for Day 31');
    expect(text).toContain('! 35 of 3,000 characters');
  });

  it('WHEN the kind is neither linkedin nor blog THEN they are told the choices', async () => {
    const { writes, done } = consoleWith(createOfflineCoach(), ['/review tweet', 'Draft.', '.']);
    await done;
    expect(writes.join('')).toContain('Choose linkedin or blog');
  });
});
