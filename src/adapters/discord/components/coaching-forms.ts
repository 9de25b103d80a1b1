import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import { answerQuestion } from '../messaging/answer-question.js';
import { replyWithReview } from '../review-reply.js';
import type { DiscordContext } from '../discord-command.js';
import { askModal, DRAFT_INPUT_ID, parseCoachModalId, QUESTION_INPUT_ID } from '../render/coaching-forms.js';

/** True when the modal is the question form or the draft form. */
export const isCoachModal = (customId: string): boolean => parseCoachModalId(customId) !== undefined;

/** The day's "Ask a question" button: the question form for that day. */
export async function openAskForm(interaction: ButtonInteraction, day: number): Promise<void> {
  await interaction.showModal(askModal(day));
}

/** A submitted question form is answered like /ask; a draft form is reviewed like /review. */
export async function handleCoachModal(
  interaction: ModalSubmitInteraction,
  context: DiscordContext,
): Promise<void> {
  const id = parseCoachModalId(interaction.customId);
  if (id === undefined) throw new Error(`not a coach form: ${interaction.customId}`);
  if (id.kind === 'ask') {
    return answerQuestion(interaction, context, interaction.fields.getTextInputValue(QUESTION_INPUT_ID));
  }
  const text = interaction.fields.getTextInputValue(DRAFT_INPUT_ID);
  return replyWithReview(interaction, context, async () => ({ text }), {
    source: 'modal',
    postKind: id.postKind,
  });
}
