import type { ButtonInteraction } from 'discord.js';
import { actorOf } from '../actor.js';
import type { DiscordContext } from '../discord-command.js';
import { recallAnswerMessage, recallRatedMessage, type RecallMessage } from '../render/recall-message.js';
import { LATE, settleWithin } from '../respond.js';

const ID = /^recall:(show|answer|rate:(again|hard|good|easy)):(\d{1,6}:[a-z]{1,12})$/;

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
  if (rating === undefined) throw new Error(`recall button without a rating: ${interaction.customId}`);
  const options = { answerFirst: false };
  await updateInTime(
    interaction,
    context,
    app.recall.rate(actorOf(interaction), cardId, rating).then((rated) => recallRatedMessage(rated, options)),
  );
}

/** Updates the message in place, deferring first when the work is not done in time. */
async function updateInTime(
  interaction: ButtonInteraction,
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
