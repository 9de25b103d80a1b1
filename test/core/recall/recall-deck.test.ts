import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { recallCardsOf } from '../../../src/core/recall/recall-cards.js';
import {
  deckWithCompletions,
  dueCards,
  emptyDeck,
  minutesFor,
  rateCard,
  type RecallDeck,
  type RecallRating,
} from '../../../src/core/recall/recall-deck.js';
import { dates, doneOn, learner } from '../learner/learner-fixtures.js';
import { realPlan } from '../../support/real-plan.js';

const plan = realPlan();
const DAY = 86_400_000;

/** A learner who completed days 31.. one per date from 2026-03-02 (noon UTC each). */
function finished(count: number) {
  return learner({ completions: doneOn(dates('2026-03-02', count)) });
}

describe('GIVEN a learner and their recall deck', () => {
  it('WHEN they finished 30 days THEN the deck holds every card of every day, each due when its day was done', () => {
    const who = finished(30);
    const deck = deckWithCompletions(plan, who, emptyDeck);
    const expected = plan.days.flatMap((day) => recallCardsOf(day).map((card) => card.id));
    expect(deck.cards.map((card) => card.id)).toEqual(expected);
    const day45 = deck.cards.find((card) => card.id.startsWith('45:'));
    expect(day45?.fsrs.due).toBe('2026-03-16T12:00:00.000Z');
    expect(deckWithCompletions(plan, who, deck)).toBe(deck);
  });

  it('WHEN they finished 3 days THEN nothing of a day not done is in the deck or due, even a year later', () => {
    const who = finished(3);
    const deck = deckWithCompletions(plan, who, emptyDeck);
    expect(new Set(deck.cards.map((card) => card.day))).toEqual(new Set([31, 32, 33]));
    // A stored card of a day no longer done (a restarted cycle) is not due either.
    const stray = { ...deck, cards: [...deck.cards, { ...deck.cards[0]!, id: '40:objective', day: 40 }] };
    const due = dueCards(who, stray, new Date('2027-03-01T12:00:00Z'), '2027-03-01', 1000);
    expect(due.cards.every((card) => [31, 32, 33].includes(card.day))).toBe(true);
    expect(due.cards).toHaveLength(deck.cards.length);
  });

  it('WHEN 120 cards are due THEN at most the daily cap is offered, oldest due first, and the rest wait', () => {
    const who = finished(30);
    let deck: RecallDeck = deckWithCompletions(plan, who, emptyDeck);
    const now = new Date('2026-04-10T08:00:00Z');
    const first = dueCards(who, deck, now, '2026-04-10', 5);
    expect(first.cards.map((card) => card.id)).toEqual(deck.cards.slice(0, 5).map((card) => card.id));
    expect(first.heldBack).toBe(deck.cards.length - 5);
    // Rating all five uses the day's cap; "again" brings a card back the same day without a new one.
    const ratings: RecallRating[] = ['good', 'easy', 'again', 'hard', 'good'];
    first.cards.forEach((card, i) => {
      const rated = rateCard(deck, card.id, ratings[i]!, now, '2026-04-10');
      if (rated.kind !== 'rated') throw new Error('not rated');
      deck = rated.deck;
    });
    const later = dueCards(who, deck, new Date(now.getTime() + 60 * 60_000), '2026-04-10', 5);
    expect(later.reviewedToday).toBe(5);
    // Still in their learning steps (minutes apart), all but the "easy" one are back; no new card joins.
    const back = [0, 2, 3, 4].map((i) => first.cards[i]!.id);
    expect(later.cards.map((card) => card.id).sort()).toEqual(back.sort());
    expect(later.heldBack).toBe(deck.cards.length - 5);
    const tomorrow = dueCards(who, deck, new Date(now.getTime() + DAY), '2026-04-11', 5);
    expect(tomorrow.cards).toHaveLength(5);
    expect(minutesFor(3)).toBe(4);
  });

  it('WHEN a rating sequence is replayed with a fixed clock THEN every due date equals ts-fsrs itself', () => {
    const who = finished(1);
    let deck = deckWithCompletions(plan, who, emptyDeck);
    const grades: Record<RecallRating, Grade> = {
      again: Rating.Again,
      hard: Rating.Hard,
      good: Rating.Good,
      easy: Rating.Easy,
    };
    const sequence: RecallRating[] = [
      'good',
      'good',
      'again',
      'hard',
      'good',
      'easy',
      'good',
      'again',
      'good',
    ];
    const reference = fsrs({ request_retention: 0.9 });
    let card: Card = createEmptyCard(new Date('2026-03-02T12:00:00Z'));
    let now = new Date('2026-03-03T09:00:00Z');
    for (const rating of sequence) {
      const rated = rateCard(deck, '31:objective', rating, now, now.toISOString().slice(0, 10));
      if (rated.kind !== 'rated') throw new Error('not rated');
      deck = rated.deck;
      card = reference.next(card, now, grades[rating]).card;
      expect(rated.card.fsrs.due).toBe(card.due.toISOString());
      expect(rated.log.due).toBe(card.due.toISOString());
      expect(rated.card.fsrs.stability).toBe(card.stability);
      now = new Date(card.due.getTime() + 3 * 60 * 60_000);
    }
    expect(deck.logs.map((log) => log.rating)).toEqual(sequence);
    // FSRS spaced the reviews out: some interval is more than a week.
    const gaps = deck.logs.map((log) => Date.parse(log.due) - Date.parse(log.at));
    expect(Math.max(...gaps)).toBeGreaterThan(7 * DAY);
  });

  it('WHEN rating a card that is not in the deck THEN nothing changes', () => {
    expect(rateCard(emptyDeck, '31:objective', 'good', new Date(), '2026-03-03')).toEqual({
      kind: 'no-such-card',
    });
  });
});
