import { describe, expect, it } from 'vitest';
import { recallDeckKey } from '../../../src/app/recall/recall-decks.js';
import { recallCardsOf } from '../../../src/core/recall/recall-cards.js';
import { progressWorld, tracesOf } from '../progress/progress-world.js';

const who = { id: 'discord:4242', displayName: 'Lin' };
const DAY = 86_400_000;

/** A world where the learner completed `days` days, one a day from 2026-03-02 09:00 UTC. */
async function learnerWith(days: number) {
  const world = progressWorld({ now: new Date('2026-03-02T09:00:00Z') });
  for (let i = 0; i < days; i += 1) {
    world.setNow(new Date(Date.parse('2026-03-02T09:00:00Z') + i * DAY));
    // Each day its own proof: the same proof twice is refused as a repeat.
    const done = await world.study.done(who, { text: `did day ${i + 1}`, links: [] });
    expect(done.kind).toBe('done');
  }
  return world;
}

describe('GIVEN a learner who has completed no day', () => {
  it('WHEN they ask for /recall THEN there are no cards, /today has no recall line, and nothing is stored', async () => {
    const world = progressWorld({ now: new Date('2026-03-02T09:00:00Z') });
    expect(await world.app.recall.next(who)).toEqual({ kind: 'no-cards' });
    const today = await world.study.today(who);
    expect(today.kind === 'standing' && today.recallDue).toBeUndefined();
    expect(await world.store.get(recallDeckKey(who.id))).toBeUndefined();
  });
});

describe('GIVEN a learner who finished 30 days', () => {
  it('WHEN the deck is stored THEN it holds every card of every day, and /export and /forget-me cover it', async () => {
    const world = await learnerWith(30);
    const stored = (await world.store.get(recallDeckKey(who.id))) as { data: { cards: { id: string }[] } };
    const expected = world.plan.days.flatMap((day) => recallCardsOf(day).map((card) => card.id));
    expect(stored.data.cards.map((card) => card.id)).toEqual(expected);

    const exported = await world.app.privacy.exportData(who);
    if (exported.kind !== 'export') throw new Error(exported.kind);
    expect(exported.data.records[recallDeckKey(who.id)]).toEqual(stored);

    expect(await world.app.privacy.forget(who)).toMatchObject({ kind: 'forgotten' });
    expect(await tracesOf(world.store, [who.id, '4242'])).toEqual([]);
  });

  it('WHEN they review THEN at most 5 cards a day come, oldest due first, each rating schedules the card', async () => {
    const world = await learnerWith(30);
    world.setNow(new Date('2026-04-10T08:00:00Z'));
    const today = await world.study.today(who);
    expect(today.kind === 'standing' && today.recallDue).toEqual({ cards: 5, minutes: 7 });

    const seen: string[] = [];
    let next = await world.app.recall.next(who);
    while (next.kind === 'card') {
      seen.push(next.card.id);
      const rated = await world.app.recall.rate(who, next.card.id, 'easy');
      if (rated.kind !== 'rated') throw new Error(rated.kind);
      expect(rated.due.getTime()).toBeGreaterThan(world.clock.now().getTime() + DAY);
      next = rated.next;
    }
    expect(seen).toEqual(['31:objective', '31:checkpoint', '31:python', '31:terms', '32:objective']);
    expect(next).toMatchObject({ kind: 'nothing-due', reviewedToday: 5, dailyCap: 5, heldBack: 115 });
    const after = await world.study.today(who);
    expect(after.kind === 'standing' && after.recallDue).toBeUndefined();

    // The card just rated cannot be rated twice, nor can a card beyond today's cap: nothing changes.
    const before = await world.store.get(recallDeckKey(who.id));
    expect(await world.app.recall.rate(who, '31:objective', 'good')).toMatchObject({ kind: 'not-due' });
    expect(await world.app.recall.rate(who, '40:objective', 'good')).toMatchObject({ kind: 'not-due' });
    expect(await world.app.recall.rate(who, '32:checkpoint', 'meh')).toEqual({
      kind: 'bad-rating',
      rating: 'meh',
    });
    expect(await world.store.get(recallDeckKey(who.id))).toEqual(before);

    world.setNow(new Date('2026-04-11T08:00:00Z'));
    const tomorrow = await world.app.recall.next(who);
    expect(tomorrow).toMatchObject({ kind: 'card', left: 5, card: { id: '32:checkpoint' } });
  });
});

describe('GIVEN a learner who finished 2 days', () => {
  it('WHEN a day was just done THEN its cards are due at once, and no card of a later day ever is', async () => {
    const world = await learnerWith(2);
    world.setNow(new Date('2027-03-01T09:00:00Z'));
    const days = new Set<number>();
    for (let i = 0; i < 3; i += 1) {
      let next = await world.app.recall.next(who);
      while (next.kind === 'card') {
        days.add(next.card.day);
        const rated = await world.app.recall.rate(who, next.card.id, 'good');
        if (rated.kind !== 'rated') throw new Error(rated.kind);
        next = rated.next;
      }
      world.setNow(new Date(world.clock.now().getTime() + DAY));
    }
    expect([...days].sort()).toEqual([31, 32]);
  });
});
