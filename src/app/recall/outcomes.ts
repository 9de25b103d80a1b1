import type { DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { RecallCard } from '../../core/recall/recall-cards.js';
import type { RecallRating } from '../../core/recall/recall-deck.js';
import type { StoreTrouble } from '../storage/learners.js';

/** The line the daily DM and `/today` add when cards are due: how many, and about how long. */
export interface RecallDueLine {
  readonly cards: number;
  readonly minutes: number;
}

/** What `/recall` shows: the oldest due card, or why there is none. */
export type RecallNext =
  | {
      readonly kind: 'card';
      readonly card: RecallCard;
      readonly place: DayPlace;
      /** Cards to review today, this one included. */
      readonly left: number;
    }
  /** Cards exist but none is due now (or today's cap is reached); `nextDue` null: none waits. */
  | {
      readonly kind: 'nothing-due';
      readonly reviewedToday: number;
      readonly dailyCap: number;
      /** Due cards kept for tomorrow by the daily cap. */
      readonly heldBack: number;
      readonly nextDue: Date | null;
    }
  /** No day is completed yet, so the deck is empty. */
  | { readonly kind: 'no-cards' }
  | StoreTrouble;

/** The day's material as the answer to a card. */
export type RecallAnswer =
  | { readonly kind: 'answer'; readonly card: RecallCard; readonly place: DayPlace }
  | { readonly kind: 'no-such-card'; readonly cardId: string };

/** Outcome of rating a card. */
export type RecallRated =
  | {
      readonly kind: 'rated';
      readonly card: RecallCard;
      readonly rating: RecallRating;
      /** When FSRS brings the card back. */
      readonly due: Date;
      readonly next: RecallNext;
    }
  /** Already rated, not yet due, or beyond today's cap: nothing changed. */
  | { readonly kind: 'not-due'; readonly card: RecallCard }
  | { readonly kind: 'no-such-card'; readonly cardId: string }
  | { readonly kind: 'bad-rating'; readonly rating: string }
  | StoreTrouble;
