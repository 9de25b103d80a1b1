import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { z } from 'zod';
import { findDay } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import type { Learner, LocalDate } from '../learner/learner.js';
import { LocalDateSchema } from '../learner/learner.js';
import { recallCardsOf } from './recall-cards.js';

/** How well the learner recalled a card; drives its next due date. */
export const RecallRatingSchema = z.enum(['again', 'hard', 'good', 'easy']);
export type RecallRating = z.infer<typeof RecallRatingSchema>;

/** The FSRS state of one card as `ts-fsrs` keeps it, dates as ISO strings (it reads them back as given). */
export const FsrsStateSchema = z.object({
  due: z.iso.datetime(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number().int(),
  lapses: z.number().int(),
  state: z.number().int().min(0).max(3),
  last_review: z.iso.datetime().optional(),
});
export type FsrsState = z.infer<typeof FsrsStateSchema>;

/** A card in a learner's deck: which question (`<day>:<kind>`) and where its schedule stands. */
export const DeckCardSchema = z.object({
  id: z.string().min(1),
  day: z.number().int(),
  fsrs: FsrsStateSchema,
});
export type DeckCard = z.infer<typeof DeckCardSchema>;

/** One rating, as it happened: the card, the rating, when (and the learner's date then), the next due date. */
export const RecallLogSchema = z.object({
  cardId: z.string().min(1),
  rating: RecallRatingSchema,
  at: z.iso.datetime(),
  localDate: LocalDateSchema,
  due: z.iso.datetime(),
  stability: z.number(),
  difficulty: z.number(),
});
export type RecallLog = z.infer<typeof RecallLogSchema>;

/** A learner's recall deck: the cards of the days they completed, and every rating they gave. */
export const RecallDeckSchema = z.object({ cards: z.array(DeckCardSchema), logs: z.array(RecallLogSchema) });
export type RecallDeck = z.infer<typeof RecallDeckSchema>;

/** FSRS-6 with the target retention the coach promises; every other parameter is the library's default. */
export const REQUEST_RETENTION = 0.9;
/** What one card takes, for "about N minutes": a minute to answer, a little to read and rate. */
export const SECONDS_PER_CARD = 80;

const GRADES: Readonly<Record<RecallRating, Grade>> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export const emptyDeck: RecallDeck = { cards: [], logs: [] };

/**
 * The deck with the cards of every completed day: a card missing from it (a day completed
 * since, or before a crash wrote it) joins as new, due at the moment the day was completed.
 */
export function deckWithCompletions(plan: Plan, learner: Learner, deck: RecallDeck): RecallDeck {
  const known = new Set(deck.cards.map((card) => card.id));
  const added: DeckCard[] = [];
  for (const completion of learner.completions) {
    const day = findDay(plan, completion.day);
    if (day === undefined) continue;
    for (const card of recallCardsOf(day)) {
      if (known.has(card.id)) continue;
      added.push({ id: card.id, day: card.day, fsrs: newState(new Date(completion.at)) });
    }
  }
  return added.length === 0 ? deck : { ...deck, cards: [...deck.cards, ...added] };
}

/** What is due for the learner today, within the daily cap. */
export interface RecallDue {
  /** Cards to review now, oldest due first. */
  readonly cards: readonly DeckCard[];
  /** Distinct cards rated on the learner's date so far. */
  readonly reviewedToday: number;
  /** Due cards left for another day because the cap is reached. */
  readonly heldBack: number;
}

/**
 * The cards due at `now`, oldest due first, for days the learner completed only. At most
 * `dailyCap` distinct cards are reviewed per local date; a card already rated today that is
 * due again (after "again") comes back without counting twice.
 */
export function dueCards(
  learner: Learner,
  deck: RecallDeck,
  now: Date,
  today: LocalDate,
  dailyCap: number,
): RecallDue {
  const done = new Set(learner.completions.map((completion) => completion.day));
  const due = deck.cards
    .filter((card) => done.has(card.day) && Date.parse(card.fsrs.due) <= now.getTime())
    .sort((a, b) => Date.parse(a.fsrs.due) - Date.parse(b.fsrs.due));
  const reviewed = new Set(deck.logs.filter((log) => log.localDate === today).map((log) => log.cardId));
  const again = due.filter((card) => reviewed.has(card.id));
  const fresh = due.filter((card) => !reviewed.has(card.id));
  const room = Math.max(0, dailyCap - reviewed.size);
  const allowed = new Set([...again, ...fresh.slice(0, room)].map((card) => card.id));
  return {
    cards: due.filter((card) => allowed.has(card.id)),
    reviewedToday: reviewed.size,
    heldBack: fresh.length - Math.min(room, fresh.length),
  };
}

/** Minutes `cards` take, rounded up ("about 4 minutes" for 3). */
export function minutesFor(cards: number): number {
  return Math.ceil((cards * SECONDS_PER_CARD) / 60);
}

/** Outcome of {@link rateCard}. */
export type RateResult =
  | { readonly kind: 'rated'; readonly deck: RecallDeck; readonly card: DeckCard; readonly log: RecallLog }
  | { readonly kind: 'no-such-card' };

/** Schedules the card's next review with FSRS from this rating and logs the rating. */
export function rateCard(
  deck: RecallDeck,
  cardId: string,
  rating: RecallRating,
  now: Date,
  today: LocalDate,
): RateResult {
  const card = deck.cards.find((candidate) => candidate.id === cardId);
  if (card === undefined) return { kind: 'no-such-card' };
  const next = fsrs({ request_retention: REQUEST_RETENTION }).next(card.fsrs, now, GRADES[rating]);
  const rated: DeckCard = { ...card, fsrs: stateOf(next.card) };
  const log: RecallLog = {
    cardId,
    rating,
    at: now.toISOString(),
    localDate: today,
    due: next.card.due.toISOString(),
    stability: next.card.stability,
    difficulty: next.card.difficulty,
  };
  return {
    kind: 'rated',
    deck: {
      cards: deck.cards.map((candidate) => (candidate.id === cardId ? rated : candidate)),
      logs: [...deck.logs, log],
    },
    card: rated,
    log,
  };
}

function newState(at: Date): FsrsState {
  return stateOf(createEmptyCard(at));
}

function stateOf(card: Card): FsrsState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review === undefined ? {} : { last_review: card.last_review.toISOString() }),
  };
}
