import { placeOfDay } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { Learner } from '../../core/learner/learner.js';
import { findRecallCard } from '../../core/recall/recall-cards.js';
import {
  dueCards,
  minutesFor,
  rateCard,
  RecallRatingSchema,
  type RecallDeck,
} from '../../core/recall/recall-deck.js';
import { localDateOf } from '../../core/time/local-date.js';
import type { ActorRef } from '../actor.js';
import type { Logger } from '../ports.js';
import type { LearnerSession } from '../storage/learner-session.js';
import type { RecallDecks } from './recall-decks.js';
import type { RecallAnswer, RecallDueLine, RecallNext, RecallRated } from './outcomes.js';

/** What spaced recall is built from. */
export interface RecallDeps {
  readonly plan: Plan;
  readonly session: LearnerSession;
  readonly decks: RecallDecks;
  readonly logger: Logger;
  /** Distinct cards a learner reviews per local date at most (RECALL_DAILY_CAP). */
  readonly dailyCap: number;
}

/**
 * Spaced recall: the oldest due card of the days a learner completed, its answer (the day's
 * own material), and a rating that FSRS turns into the card's next due date.
 */
export function createRecall(deps: RecallDeps) {
  const { plan, session, decks, dailyCap } = deps;

  const nextOf = (learner: Learner, deck: RecallDeck, now: Date): RecallNext => {
    if (deck.cards.length === 0) return { kind: 'no-cards' };
    const due = dueCards(learner, deck, now, localDateOf(now, learner.timezone), dailyCap);
    const first = due.cards[0];
    const card = first === undefined ? undefined : findRecallCard(plan, first.id);
    const place = card === undefined ? undefined : placeOfDay(plan, card.day);
    if (card !== undefined && place !== undefined) {
      return { kind: 'card', card, place, left: due.cards.length };
    }
    const done = new Set(learner.completions.map((completion) => completion.day));
    const later = deck.cards
      .filter((candidate) => done.has(candidate.day))
      .map((candidate) => Date.parse(candidate.fsrs.due))
      .filter((due) => due > now.getTime());
    return {
      kind: 'nothing-due',
      reviewedToday: due.reviewedToday,
      dailyCap,
      heldBack: due.heldBack,
      nextDue: later.length === 0 ? null : new Date(Math.min(...later)),
    };
  };

  const learnerOf = async (actor: ActorRef) => {
    const { now } = await session.enter(actor);
    return { now, loaded: await session.load(actor.id) };
  };

  return {
    dailyCap,

    /** The oldest card due now within today's cap, or why there is none. Changes nothing. */
    async next(actor: ActorRef): Promise<RecallNext> {
      const { now, loaded } = await learnerOf(actor);
      if (loaded.kind === 'missing') return { kind: 'no-cards' };
      if (loaded.kind === 'set-aside') return loaded;
      const deck = await decks.load(loaded.learner);
      if (deck.kind === 'set-aside') return deck;
      return nextOf(loaded.learner, deck.deck, now);
    },

    /** The card's answer: the day's own material. */
    answer(cardId: string): RecallAnswer {
      const card = findRecallCard(plan, cardId);
      const place = card === undefined ? undefined : placeOfDay(plan, card.day);
      if (card === undefined || place === undefined) return { kind: 'no-such-card', cardId };
      return { kind: 'answer', card, place };
    },

    /** Rates a card due now; FSRS schedules it, the rating is logged, and the next card is returned. */
    async rate(actor: ActorRef, cardId: string, rating: string): Promise<RecallRated> {
      const grade = RecallRatingSchema.safeParse(rating.trim().toLowerCase());
      if (!grade.success) return { kind: 'bad-rating', rating };
      const card = findRecallCard(plan, cardId);
      if (card === undefined) return { kind: 'no-such-card', cardId };
      const { now, loaded } = await learnerOf(actor);
      if (loaded.kind === 'set-aside') return loaded;
      if (loaded.kind === 'missing') return { kind: 'not-due', card };
      const { learner } = loaded;
      const today = localDateOf(now, learner.timezone);
      const updated = await decks.update<RecallRated>(learner, (deck) => {
        const due = dueCards(learner, deck, now, today, dailyCap);
        if (!due.cards.some((candidate) => candidate.id === cardId)) {
          return { outcome: { kind: 'not-due', card } };
        }
        const rated = rateCard(deck, cardId, grade.data, now, today);
        if (rated.kind !== 'rated') return { outcome: { kind: 'not-due', card } };
        return {
          deck: rated.deck,
          outcome: {
            kind: 'rated',
            card,
            rating: grade.data,
            due: new Date(rated.card.fsrs.due),
            next: nextOf(learner, rated.deck, now),
          },
        };
      });
      return updated.kind === 'ok' ? updated.value : { kind: 'busy' };
    },

    /** How many cards are due today and about how long they take; null when none (or the deck is unreadable). */
    async dueLine(learner: Learner, now: Date): Promise<RecallDueLine | null> {
      if (learner.completions.length === 0) return null;
      const deck = await decks.load(learner);
      if (deck.kind === 'set-aside') return null;
      const due = dueCards(learner, deck.deck, now, localDateOf(now, learner.timezone), dailyCap);
      const cards = due.cards.length;
      return cards === 0 ? null : { cards, minutes: minutesFor(cards) };
    },

    /**
     * Writes the cards of the learner's completed days into their deck (after `/done`). A
     * failure is logged, not raised: the day is done, and the cards join at the next read.
     */
    async addCompletedDays(learner: Learner): Promise<void> {
      try {
        const written = await decks.update(learner, (deck) => ({ deck, outcome: undefined }));
        if (written.kind === 'busy')
          deps.logger.warn('recall cards not written yet (busy)', { learnerId: learner.id });
      } catch (error) {
        deps.logger.error('writing recall cards failed', { learnerId: learner.id, error: String(error) });
      }
    },
  };
}

/** Spaced recall, as built by `createRecall`. */
export type Recall = ReturnType<typeof createRecall>;
