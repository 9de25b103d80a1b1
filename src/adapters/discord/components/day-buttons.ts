import {
  ComponentType,
  type Attachment,
  type ButtonInteraction,
  type ModalSubmitFields,
  type ModalSubmitInteraction,
} from 'discord.js';
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
  PROOF_SHARE_ID,
  PRIVATE_VALUE,
  proofModal,
  SHARE_VALUE,
  type ProofFormShare,
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
 * In a server the form asks whether to share, the learner's default pre-selected (read beside
 * the check; when slow, nothing is pre-selected and the learner picks).
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
  const actor = actorOf(interaction);
  const inServer = actor.serverId !== null && actor.serverId !== undefined;
  const check = Promise.all([
    context.app.study.readyToComplete(actor, parsed.day),
    inServer ? context.app.sharing.shareByDefault(actor.id) : null,
  ]);
  const settled = await settleWithin(check, context.deferAfterMs);
  if (settled === LATE)
    check.catch((error: unknown) => context.logger.warn('late proof check failed', { error }));
  const [ready, shareDefault] = settled === LATE ? ([LATE, null] as const) : settled;
  if (ready === LATE || ready.kind === 'ready') {
    const share: ProofFormShare | null = inServer ? { preselect: shareDefault } : null;
    await interaction.showModal(proofModal(parsed.day, share));
    return 'modal';
  }
  await answer(interaction, context, async () => ({ content: renderDone(ready) }));
  return 'message';
}

/**
 * The proof form's submission completes that day, with the same rules and words as /done:
 * an uploaded file is handled exactly as `/done file:`, the share choice as `/done share:`.
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
      share: chosenShare(interaction.fields),
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

/**
 * The form's share choice; null (the learner's default) when the form has no share select:
 * opened in a DM, or before the select existed.
 */
function chosenShare(fields: ModalSubmitFields): boolean | null {
  const field = fields.fields.get(PROOF_SHARE_ID);
  if (field?.type !== ComponentType.StringSelect) return null;
  const [value] = fields.getStringSelectValues(PROOF_SHARE_ID);
  if (value === SHARE_VALUE) return true;
  return value === PRIVATE_VALUE ? false : null;
}
