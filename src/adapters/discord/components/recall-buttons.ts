import type {
  ButtonInteraction,
  ModalMessageModalSubmitInteraction,
  ModalSubmitInteraction,
} from 'discord.js';
import { MAX_RECALL_ANSWER } from '../../../app/recall/recall-feedback.js';
import { renderRecallFeedback } from '../../../presenters/text/recall-text.js';
import { actorOf } from '../actor.js';
import type { DiscordContext } from '../discord-command.js';
import { discordWhen } from '../render/coaching-reply.js';
import {
  RECALL_ANSWER_INPUT_ID,
  recallAnswerMessage,
  recallAnswerModal,
  recallRatedMessage,
  type RecallMessage,
} from '../render/recall-message.js';
import { LATE, settleWithin } from '../respond.js';

const ID = /^recall:(show|answer|rate:(again|hard|good|easy)):(\d{1,6}:[a-z]{1,12})$/;
const MODAL_ID = /^recall-answer:(\d{1,6}:[a-z]{1,12})$/;

/** True when the button is one under a recall card. */
export const isRecallButton = (customId: string): boolean => ID.test(customId);

/**
 * "Show answer" turns the card into the day's material with the rating buttons; a rating
 * schedules the card and shows the next one, in the same (ephemeral) message.
 */
export async function handleRecallButton(
  interaction: ButtonInteraction,
  context: DiscordContext,
): Promise<void> {
  const match = ID.exec(interaction.customId);
  if (match === null) throw new Error(`not a recall button: ${interaction.customId}`);
  const [, action, rating, cardId] = match as unknown as [string, string, string | undefined, string];
  const { app } = context;
  if (action === 'show') {
    await interaction.update(recallAnswerMessage(app.recall.answer(cardId)));
    return;
  }
  if (action === 'answer') {
    await interaction.showModal(recallAnswerModal(cardId, MAX_RECALL_ANSWER));
    return;
  }
  if (rating === undefined) throw new Error(`recall button without a rating: ${interaction.customId}`);
  const options = { answerFirst: app.coaching.online };
  await updateInTime(
    interaction,
    context,
    app.recall.rate(actorOf(interaction), cardId, rating).then((rated) => recallRatedMessage(rated, options)),
  );
}

/** True when the form is the recall answer form. */
export const isRecallModal = (customId: string): boolean => MODAL_ID.test(customId);

/**
 * A typed answer: the coach's feedback against the day (one metered call), then the day's
 * material and the rating buttons, in place of the card.
 */
export async function handleRecallModal(
  interaction: ModalSubmitInteraction,
  context: DiscordContext,
): Promise<void> {
  const cardId = MODAL_ID.exec(interaction.customId)?.[1];
  if (cardId === undefined || !interaction.isFromMessage())
    throw new Error(`not a recall form: ${interaction.customId}`);
  const { app } = context;
  const answer = interaction.fields.getTextInputValue(RECALL_ANSWER_INPUT_ID);
  const work = app.coaching
    .recallFeedback(actorOf(interaction), cardId, answer)
    .then((feedback) =>
      recallAnswerMessage(app.recall.answer(cardId), renderRecallFeedback(feedback, discordWhen)),
    );
  await updateInTime(interaction, context, work);
}

/** Updates the message in place, deferring first when the work is not done in time. */
async function updateInTime(
  interaction: ButtonInteraction | ModalMessageModalSubmitInteraction,
  context: DiscordContext,
  work: Promise<RecallMessage>,
): Promise<void> {
  const first = await settleWithin(work, context.deferAfterMs);
  if (first !== LATE) {
    await interaction.update(first);
    return;
  }
  await interaction.deferUpdate();
  await interaction.editReply(await work);
}
