import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Journey } from '../../../src/core/curriculum/journey.js';
import type { Completion } from '../../../src/core/learner/learner.js';
import { recallCardsOf } from '../../../src/core/recall/recall-cards.js';
import { addDays } from '../../../src/core/time/local-date.js';
import { renderToday } from '../../../src/presenters/text/study-text.js';
import { randomNamespace, recordingLogger } from '../../adapters/store/store-test-support.js';
import { threeCycleJourney } from '../../support/journey-fixtures.js';
import { buildCoach } from '../delivery/daily-posts-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'journey-stores-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stores: [string, string | undefined][] = [
  ['SQLite', `sqlite://${join(dir, 'coach.sqlite')}`],
  ['Redis', process.env['REDIS_URL']],
  ['PostgreSQL', process.env['POSTGRES_URL']],
];

// The cohort starts at cycle 2 on 2026-06-01 (Day 31), 09:00 Berlin = 07:00Z: Day 61 falls on 2026-07-01.
const START = '2026-06-01';
const slot = (n: number) => `${addDays(START, n)}T07:00:00Z`;
const done = (day: number): Completion => {
  const date = addDays(START, day - 31);
  return {
    day,
    proof: { text: `day ${day}`, links: [] },
    at: `${date}T18:00:00.000Z`,
    localDate: date,
    assessment: null,
  };
};

let journey: Journey;
beforeAll(async () => {
  journey = await threeCycleJourney();
});

describe.each(stores)('GIVEN a journey whose days run past 60, on the %s store', (_name, url) => {
  it.runIf(url !== undefined)(
    'WHEN the cohort crosses Day 60 and the coach restarts THEN the markers of Days 61-62 hold, nothing is posted twice, and the learner is on Day 63',
    async () => {
      const namespace = randomNamespace();
      const open = (): Promise<Store> => openStore(url ?? '', { namespace, logger: recordingLogger() });
      const store = await open();
      try {
        const coach = buildCoach(journey, slot(28), { store });
        const setup = await coach.app.servers.setup('g1', {
          channelId: 'study',
          time: '09:00',
          timezone: 'Europe/Berlin',
          startDate: START,
          startCycle: 2,
        });
        expect(setup.kind).toBe('set-up');
        await coach.enrol('lea', {
          startDay: 31,
          completions: Array.from({ length: 32 }, (_, i) => done(31 + i)),
        });
        for (let n = 28; n <= 31; n++) {
          await coach.tick(slot(n));
          await coach.tick(slot(n).replace('07:00', '07:01'));
        }
        expect(
          coach.notifier
            .inChannel('study')
            .filter((m) => m.day !== null)
            .map((m) => m.day),
        ).toEqual([59, 60, 61, 62]);
        // The last section of cycle 2 is the journey's 10th: its recap went out once.
        // The last sections of cycle 2 (the journey's 9th and 10th) each had their recap, once.
        const recaps = coach.notifier
          .inChannel('study')
          .filter((m) => m.text?.includes('is complete.') === true);
        expect(recaps.map((m) => m.text?.split('\n')[0])).toEqual([
          'Module 8 · Batch vs Streaming Comparison + Advanced Topics is complete.',
          'Review and Advanced Preparation is complete.',
        ]);
        expect(coach.notifier.inChannel('study').find((m) => m.day === 61)?.preface).toMatch(
          /^Cycle 2 of 3 is complete/,
        );
      } finally {
        await store.close();
      }

      const reopened = await open();
      try {
        // The same slots again after a restart: Day 61 (with its recap) and Day 62 are already out.
        const restarted = buildCoach(journey, slot(30), { store: reopened });
        for (const at of [
          slot(30),
          slot(30).replace('07:00', '07:30'),
          slot(31),
          slot(31).replace('07:00', '07:30'),
        ])
          await restarted.tick(at);
        expect(restarted.notifier.messages).toEqual([]);
        const today = await restarted.app.study.today({
          id: 'discord:lea',
          displayName: 'lea',
          serverId: 'g1',
        });
        expect(renderToday(today)).toContain('Day 63 · cycle 3 of 3 · 63/90');
        expect(today.kind === 'standing' ? [today.daysDone, today.streak.current] : today).toEqual([32, 32]);
        // Recall cards are keyed by day: the deck, written after a restart, holds Days 31-63; the oldest comes first.
        const lea = { id: 'discord:lea', displayName: 'lea', serverId: 'g1' };
        expect((await restarted.app.study.done(lea, { text: 'ran a producer', links: [] })).kind).toBe(
          'done',
        );
        const card = await restarted.app.recall.next(lea);
        expect(card.kind === 'card' ? [card.card.day, card.place.cycle, card.left] : card).toEqual([
          31,
          { number: 2, count: 3 },
          5,
        ]);
        const day63 = recallCardsOf(journey.days[62]!)[0]!;
        const answer = restarted.app.recall.answer(day63.id);
        expect(answer.kind === 'answer' ? [answer.card.id, answer.place.cycle] : answer).toEqual([
          day63.id,
          { number: 3, count: 3 },
        ]);
      } finally {
        await reopened.close();
      }
    },
  );
});
