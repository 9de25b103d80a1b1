import type { Attachment, Interaction } from 'discord.js';
import {
  renderProofFileTooLarge,
  renderSubmitted,
  type ProofEntry,
} from '../../presenters/text/review-text.js';
import { actorOf } from './actor.js';
import { unshareButtons } from './components/unshare-button.js';
import type { DiscordContext } from './discord-command.js';
import { fetchProofFile, isTooLargeToKeep, type AttachedProofFile } from './proof-file.js';
import { readProof } from './proof-input.js';
import { discordWhen } from './render/coaching-reply.js';
import type { ReplyBody } from './respond.js';

/** Proof as a learner hands it in on Discord, by `/done` or by the day's proof form. */
export interface HandedInProof {
  readonly text: string;
  readonly link: string | null;
  /** The file attached (`/done file:`) or uploaded in the form, if any. */
  readonly attachment: Attachment | null;
  /** The day of the form; `/done` is for the learner's current day. */
  readonly day?: number;
  /** `/done share:`; absent, the learner's default. */
  readonly share?: boolean | null;
  readonly entry: ProofEntry;
}

/**
 * The one path of proof with or without a file: a file over the size kept is refused before
 * anything changes (the learner gets their words back); otherwise the day is recorded, the
 * file's link becomes a proof link and its bytes are fetched to be kept.
 */
export async function handInProof(
  interaction: Interaction,
  context: DiscordContext,
  handed: HandedInProof,
): Promise<ReplyBody> {
  const file = handed.attachment === null ? undefined : attachedProofFile(handed.attachment);
  if (file !== undefined && isTooLargeToKeep(file)) {
    return { content: renderProofFileTooLarge(file, handed.text, handed.entry) };
  }
  const proof = readProof({ text: handed.text, link: handed.link, fileUrl: file?.url });
  const outcome = await context.app.coaching.submitProof(actorOf(interaction), proof, {
    ...(handed.day === undefined ? {} : { day: handed.day }),
    ...(file === undefined ? {} : { file: await fetchProofFile(file) }),
    ...(handed.share === null || handed.share === undefined ? {} : { share: handed.share }),
  });
  return { content: renderSubmitted(outcome, discordWhen), components: unshareButtons(outcome) };
}

const attachedProofFile = (attachment: Attachment): AttachedProofFile => ({
  name: attachment.name,
  size: attachment.size,
  url: attachment.url,
  contentType: attachment.contentType,
});
