import {
  LabelBuilder,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
} from 'discord.js';
import type { RecallAnswer, RecallNext, RecallRated } from '../../../app/recall/outcomes.js';
import {
  RATING_WORDS,
  renderRated,
  renderRecallAnswer,
  renderRecallCard,
  renderRecallNext,
} from '../../../presenters/text/recall-text.js';
import { discordWhen } from './coaching-reply.js';
import { MESSAGE_CONTENT_LIMIT } from './split-message.js';

/** A recall message: its text (one message, never split: buttons edit it in place) and buttons. */
export interface RecallMessage {
  readonly content: string;
  readonly components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

const LABELS: Readonly<Record<(typeof RATING_WORDS)[number], string>> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

/** `recall:show:31:objective`, `recall:answer:31:objective`, `recall:rate:good:31:objective`. */
export const recallButtonId = {
  show: (cardId: string) => `recall:show:${cardId}`,
  answer: (cardId: string) => `recall:answer:${cardId}`,
  rate: (rating: string, cardId: string) => `recall:rate:${rating}:${cardId}`,
};

/** The card with "Show answer" (and "Answer first" when the AI coach can give feedback). */
export function recallCardMessage(
  next: RecallNext,
  options: { answerFirst: boolean },
  before = '',
): RecallMessage {
  if (next.kind !== 'card')
    return { content: fit(`${before}${renderRecallNext(next, discordWhen)}`), components: [] };
  // ButtonStyle: Primary 1, Secondary 2.
  const buttons: APIButtonComponentWithCustomId[] = [
    { type: 2, style: 1, label: 'Show answer', custom_id: recallButtonId.show(next.card.id) },
  ];
  if (options.answerFirst) {
    buttons.push({
      type: 2,
      style: 2,
      label: 'Type my answer first',
      custom_id: recallButtonId.answer(next.card.id),
    });
  }
  return {
    content: fit(`${before}${renderRecallCard(next)}`),
    components: [{ type: 1, components: buttons }],
  };
}

/** The day's material under the question, with the four rating buttons. */
export function recallAnswerMessage(answer: RecallAnswer, feedback: string | null = null): RecallMessage {
  const text = renderRecallAnswer(answer);
  const withFeedback = feedback === null ? text : `${feedback}\n\n${text}`;
  if (answer.kind === 'no-such-card') return { content: text, components: [] };
  const question = `${answer.card.question}\n\n`;
  return {
    content: `${question}${fit(withFeedback, MESSAGE_CONTENT_LIMIT - question.length)}`,
    components: [
      {
        type: 1,
        components: RATING_WORDS.map((rating) => ({
          type: 2 as const,
          style: rating === 'again' ? 4 : 2,
          label: LABELS[rating],
          custom_id: recallButtonId.rate(rating, answer.card.id),
        })),
      },
    ],
  };
}

/** After a rating: when the card comes back, then the next card (or why there is none). */
export function recallRatedMessage(rated: RecallRated, options: { answerFirst: boolean }): RecallMessage {
  const line = renderRated(rated, discordWhen);
  if (rated.kind !== 'rated') return { content: line, components: [] };
  return recallCardMessage(rated.next, options, `${line}\n\n`);
}

/** Text cut to one message; the cut is marked. */
function fit(text: string, max = MESSAGE_CONTENT_LIMIT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Custom ids of the answer form: `recall-answer:31:objective`, its text input `answer`. */
export const RECALL_ANSWER_INPUT_ID = 'answer';
export const recallModalId = (cardId: string): string => `recall-answer:${cardId}`;

/** The form behind "Type my answer first". Titles stay under Discord's 45 characters. */
export function recallAnswerModal(cardId: string, maxLength: number): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(recallModalId(cardId))
    .setTitle(`Recall: Day ${cardId.split(':')[0]}`)
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('Your answer, from memory')
        .setDescription('The coach compares it with the day; then you see the material and rate yourself.')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(RECALL_ANSWER_INPUT_ID)
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(true)
            .setMaxLength(maxLength),
        ),
    );
}
