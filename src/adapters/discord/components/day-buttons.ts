import type { Attachment, ButtonInteraction, ModalSubmitFields, ModalSubmitInteraction } from 'discord.js';
import { renderDone } from '../../../presenters/text/study-text.js';
import { openAskForm } from './coaching-forms.js';
import type { DiscordContext } from '../discord-command.js';
import { actorOf } from '../actor.js';
import { handInProof } from '../hand-in-proof.js';
import { parseDayButtonId } from '../render/day-button-row.js';
import {
  parseProofModalId,
  PROOF_FILE_ID,
  PROOF_INPUT_ID,
  PROOF_LINK_ID,
  proofModal,
} from '../render/proof-modal.js';
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

/**
 * The proof form's submission completes that day, with the same rules and words as /done:
 * an uploaded file is handled exactly as `/done file:`.
 */
export async function handleProofModal(
  interaction: ModalSubmitInteraction,
  context: DiscordContext,
): Promise<void> {
  const day = parseProofModalId(interaction.customId);
  if (day === undefined) throw new Error(`not a proof form: ${interaction.customId}`);
  return answer(interaction, context, () =>
    handInProof(interaction, context, {
      text: interaction.fields.getTextInputValue(PROOF_INPUT_ID),
      link: interaction.fields.getTextInputValue(PROOF_LINK_ID),
      attachment: uploadedFile(interaction.fields),
      day,
      entry: 'proof-form',
    }),
  );
}

/** The form's file, if one was uploaded (a form opened before the upload existed has no such field). */
function uploadedFile(fields: ModalSubmitFields): Attachment | null {
  if (!fields.fields.has(PROOF_FILE_ID)) return null;
  return fields.getUploadedFiles(PROOF_FILE_ID)?.first() ?? null;
}
