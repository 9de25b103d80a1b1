import type { Day, Plan } from '../curriculum/plan.js';
import { deriveKeyTerms } from '../review/key-terms.js';

/** Which part of the day a recall card asks about. */
export type RecallCardKind = 'objective' | 'checkpoint' | 'python' | 'terms' | 'task';

/** One recall question made from a day of the plan; its answer is the day's own material. */
export interface RecallCard {
  /** `<day>:<kind>`, stable across restarts and plan reloads: the store keys scheduling by it. */
  readonly id: string;
  readonly day: number;
  readonly kind: RecallCardKind;
  readonly question: string;
}

/** A question longer than this is hard to read on a phone; `curriculum check` refuses it. */
export const MAX_RECALL_QUESTION = 300;
/** Key terms named in one terms card. */
const TERMS_PER_CARD = 5;

const UNDERSTAND = /^(understand|learn|master|know|explore|grasp)\s+(?:the\s+|how\s+)?/i;
const CAN_EXPLAIN = /^can\s+(?:explain|describe)\s+/i;
const CAN = /^can\s+/i;

/**
 * The recall cards of a day, made from the plan alone (no model): the objective, the
 * checkpoint, the Python skill and the key terms, each phrased as a question to answer in
 * one's own words. A day with none of these gets one card about its task, so every day
 * has at least one card.
 */
export function recallCardsOf(day: Day): RecallCard[] {
  const cards: RecallCard[] = [];
  const add = (kind: RecallCardKind, question: string) =>
    cards.push({ id: `${day.day}:${kind}`, day: day.day, kind, question: `Day ${day.day}: ${question}` });

  const objective = firstLine(day.objective);
  if (objective !== null) {
    add(
      'objective',
      UNDERSTAND.test(objective)
        ? `explain ${objective.replace(UNDERSTAND, '')} in your own words.`
        : `how would you ${lowerFirst(objective)}? Walk through it in your own words.`,
    );
  }
  const checkpoint = firstLine(day.checkpoint);
  if (checkpoint !== null) {
    if (CAN_EXPLAIN.test(checkpoint)) {
      add('checkpoint', `explain ${checkpoint.replace(CAN_EXPLAIN, '')} in your own words.`);
    } else if (CAN.test(checkpoint)) {
      add('checkpoint', `how would you show that you can ${checkpoint.replace(CAN, '')}?`);
    } else {
      add(
        'checkpoint',
        `your checkpoint was "${checkpoint}". How did you get there, and what would break first?`,
      );
    }
  }
  const python = firstLine(day.pythonSkill);
  if (python !== null) {
    add(
      'python',
      `your Python skill was "${python}". When would you use it, and what does it look like in code?`,
    );
  }
  const terms = recallTermsOf(day);
  if (terms.length >= 2) add('terms', `what do these mean, and how do they connect: ${terms.join(', ')}?`);
  if (cards.length === 0) {
    const task = firstLine(day.activities[0]?.text ?? null) ?? day.title;
    add('task', `what did you do for "${task}", and what would you do differently now?`);
  }
  return cards;
}

/** The key terms a terms card names, for showing with its answer. */
export function recallTermsOf(day: Day): string[] {
  return deriveKeyTerms(day)
    .slice(0, TERMS_PER_CARD)
    .map((term) => term.term);
}

/** Problems with the recall cards a plan makes, each `Day 35: ...`; empty when every card is fine. */
export function checkRecallCards(plan: Plan): string[] {
  return plan.days.flatMap((day) =>
    recallCardsOf(day)
      .filter((card) => card.question.length > MAX_RECALL_QUESTION)
      .map(
        (card) =>
          `Day ${day.day}: the recall card made from its ${card.kind} is ${card.question.length} characters ` +
          `(at most ${MAX_RECALL_QUESTION}); shorten the first line of that field`,
      ),
  );
}

/** The first line of a field, without a trailing full stop; null for an empty field. */
function firstLine(text: string | null): string | null {
  const line = text?.split('\n')[0]?.trim().replace(/\.$/, '') ?? '';
  return line === '' ? null : line;
}

function lowerFirst(text: string): string {
  // Keep acronyms and names ("SQL", "Spark") as written.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The card with this id (`31:objective`) as the plan makes it now, or undefined. */
export function findRecallCard(plan: Plan, cardId: string): RecallCard | undefined {
  const day = plan.days.find((candidate) => candidate.day === Number(cardId.split(':')[0]));
  return day === undefined ? undefined : recallCardsOf(day).find((card) => card.id === cardId);
}
