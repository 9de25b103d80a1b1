import { afterEach, describe, expect, it } from 'vitest';
import { runConsoleCoach } from '../../../src/adapters/console/console-coach.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { CoachModel } from '../../../src/app/ports.js';
import { appUnderTest } from '../../support/app-under-test.js';
import { plan, silent, START } from '../../app/coaching/coaching-world.js';
import { startCoach } from '../anthropic/coach-under-test.js';
import { textReply, type FakeAnthropic } from '../../support/fake-anthropic.js';
import { PRESSURE_SET } from '../../support/pressure-set.js';

async function* linesOf(...lines: string[]): AsyncIterable<string> {
  for (const line of lines) yield line;
}

function consoleWith(model: CoachModel, lines: string[]) {
  const clock = { now: () => START };
  const store = createMemoryStore({ now: () => START.getTime() });
  const coach = { model, online: true, limits: { daily: 5, adminDaily: 5 } };
  const app = appUnderTest({ plan, store, clock, logger: silent, coach });
  const writes: string[] = [];
  const context = { app, actor: { id: 'console:local', displayName: 'Ada' }, dataDir: '/nonexistent' };
  const io = {
    lines: linesOf(...lines),
    write: (text: string) => void writes.push(text),
    interactive: false,
  };
  return { writes, done: runConsoleCoach(io, context, silent) };
}

const program = PRESSURE_SET.find((item) => item.name === 'direct ask for the program');
const HINTS = '1. Read the file with sc.textFile.\n2. Split each line with flatMap.\nWhich step are you on?';

let fake: FakeAnthropic | undefined;
afterEach(() => fake?.close());

describe('GIVEN the console /ask and a model that hands over the whole program', () => {
  it('WHEN the answer streams THEN the program never reaches the terminal, and the notice and hints follow', async () => {
    const started = await startCoach();
    fake = started.fake;
    const answer = program?.answers[0] ?? '';
    fake.reply(textReply(answer.match(/[\s\S]{1,30}/g) ?? [answer]), textReply(HINTS));
    const { writes, done } = consoleWith(started.coach, [`/ask ${program?.asks[0] ?? ''}`]);
    await done;
    const text = writes.join('');
    expect(text).not.toContain(program?.marker);
    expect(text).toContain(
      'The coach gives you steps, not the finished checkpoint: this answer was replaced by hints, so the work stays yours.',
    );
    expect(text).toContain(`${HINTS}\n\n4 questions left today\n`);
  });
});
