import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import { renderSubmitted } from '../../../presenters/text/review-text.js';
import { renderDone } from '../../../presenters/text/study-text.js';
import { discordWhen } from '../render/coaching-reply.js';
import { openAskForm } from './coaching-forms.js';
import type { DiscordContext } from '../discord-command.js';
import { actorOf } from '../actor.js';
import { readProof } from '../proof-input.js';
import { parseDayButtonId } from '../render/day-button-row.js';
import { parseProofModalId, PROOF_INPUT_ID, PROOF_LINK_ID, proofModal } from '../render/proof-modal.js';
import { answer, LATE, settleWithin } from '../respond.js';

/** True when the button is one of the day buttons (Mark done, Submit proof, Ask a question). */
export const isDayButton = (customId: string): boolean => parseDayButtonId(customId) !== undefined;

/** True when the modal is the proof form. */
export const isProofModal = (customId: string): boolean => parseProofModalId(customId) !== undefined;

/**
 * Mark done and Submit proof open the proof form when the day is the learner's current
 * one (a proof is always required); otherwise they say why not. A modal must be the first
 * response, so when the check is slow the form opens anyway and the submission decides.
 * Ask a question opens the question form, answered like /ask: by the AI coach, or with the
 * day's material when it is offline (the button is only shown with the coach on, but posts
 * made before it was switched off still carry it).
 */
export async function handleDayButton(
  interaction: ButtonInteraction,
  context: DiscordContext,
): Promise<'modal' | 'message'> {
  const parsed = parseDayButtonId(interaction.customId);
  if (parsed === undefined) throw new Error(`not a day button: ${interaction.customId}`);
  if (parsed.action === 'ask') {
    await openAskForm(interaction, parsed.day);
    return 'modal';
  }
  const check = context.app.study.readyToComplete(actorOf(interaction), parsed.day);
  const ready = await settleWithin(check, context.deferAfterMs);
  if (ready === LATE)
    check.catch((error: unknown) => context.logger.warn('late proof check failed', { error }));
  if (ready === LATE || ready.kind === 'ready') {
    await interaction.showModal(proofModal(parsed.day));
    return 'modal';
  }
  await answer(interaction, context, async () => ({ content: renderDone(ready) }));
  return 'message';
}

/** The proof form's submission completes that day, with the same rules and words as /done. */
export async function handleProofModal(
  interaction: ModalSubmitInteraction,
  context: DiscordContext,
): Promise<void> {
  const day = parseProofModalId(interaction.customId);
  if (day === undefined) throw new Error(`not a proof form: ${interaction.customId}`);
  return answer(interaction, context, async () => {
    const proof = readProof({
      text: interaction.fields.getTextInputValue(PROOF_INPUT_ID),
      link: interaction.fields.getTextInputValue(PROOF_LINK_ID),
    });
    const outcome = await context.app.coaching.submitProof(actorOf(interaction), proof, { day });
    return { content: renderSubmitted(outcome, discordWhen) };
  });
}
