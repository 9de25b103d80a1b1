import {
  FileUploadBuilder,
  LabelBuilder,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { MAX_PROOF_TEXT } from '../../../core/learner/proof.js';

/** Custom ids of the proof form and its inputs. */
export const PROOF_INPUT_ID = 'proof';
export const PROOF_LINK_ID = 'link';
export const PROOF_FILE_ID = 'file';
export const PROOF_SHARE_ID = 'share';
/** The values of the share select's two options. */
export const SHARE_VALUE = 'share';
export const PRIVATE_VALUE = 'private';
const MAX_LINK = 512;

/** The custom_id of the proof form for a day, e.g. `proof:31`. */
export const proofModalId = (day: number): string => `proof:${day}`;

/** The day of a proof form's custom_id, or undefined when it is not one. */
export function parseProofModalId(customId: string): number | undefined {
  const match = /^proof:([1-9]\d{0,5})$/.exec(customId);
  return match === null ? undefined : Number(match[1]);
}

/**
 * The share choice on a proof form opened in a server: the option pre-selected is the learner's
 * default (`/settings share`), or none when the default could not be read in time (the learner picks).
 */
export interface ProofFormShare {
  readonly preselect: boolean | null;
}

/**
 * The proof form: the proof itself (required, up to 4,000 characters, Discord's text input
 * maximum), a link, one file (optional; kept up to 2 MB, as with `/done file:`), and in a
 * server whether to share it in the day's thread (as `/done share:`). Four of Discord's five
 * top-level components.
 */
export function proofModal(day: number, share: ProofFormShare | null = null): ModalBuilder {
  const modal = new ModalBuilder()
    .setCustomId(proofModalId(day))
    .setTitle(`Proof for Day ${day}`)
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('What did you build or can now explain?')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(PROOF_INPUT_ID)
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(true)
            .setMaxLength(MAX_PROOF_TEXT),
        ),
      new LabelBuilder()
        .setLabel('Link to your work (optional)')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(PROOF_LINK_ID)
            .setStyle(TextInputStyle.Short)
            .setRequired(false)
            .setMaxLength(MAX_LINK),
        ),
      new LabelBuilder()
        .setLabel('A screenshot or file (optional)')
        .setDescription('I keep a copy up to 2 MB; share a larger one as a link.')
        .setFileUploadComponent(
          new FileUploadBuilder()
            .setCustomId(PROOF_FILE_ID)
            .setRequired(false)
            .setMinValues(0)
            .setMaxValues(1),
        ),
    );
  return share === null ? modal : modal.addLabelComponents(shareLabel(share));
}

function shareLabel(share: ProofFormShare): LabelBuilder {
  const option = (label: string, value: string, on: boolean) => ({
    label,
    value,
    ...(share.preselect === on ? { default: true } : {}),
  });
  return new LabelBuilder()
    .setLabel('Share it with the cohort?')
    .setDescription('Your default is set with /settings share; /unshare takes a shared proof back.')
    .setStringSelectMenuComponent(
      new StringSelectMenuBuilder()
        .setCustomId(PROOF_SHARE_ID)
        .setPlaceholder('Share it, or keep it private')
        .setRequired(true)
        .setMinValues(1)
        .setMaxValues(1)
        .addOptions(
          option("Share with the cohort in the day's thread", SHARE_VALUE, true),
          option('Keep it private', PRIVATE_VALUE, false),
        ),
    );
}
