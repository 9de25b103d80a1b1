import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type ButtonInteraction,
} from 'discord.js';
import { FORGET_ME_CANCELLED, renderForgotten } from '../../../presenters/text/privacy-text.js';
import type { DiscordContext } from '../discord-command.js';
import { discordLearnerId } from '../actor.js';
import { LATE, settleWithin } from '../respond.js';

// A confirmation clicked long after it was asked is more likely a slip than a decision.
const CONFIRM_WINDOW_S = 15 * 60;
const ID = /^forget-me:(confirm|cancel):(\d{1,20}):(\d{1,12})$/;

const EXPIRED =
  'That question has expired, so nothing was deleted. Run /forget-me again if you still want to.';
const NOT_YOURS = 'These buttons belong to someone else.';

/** Delete and Keep buttons; the custom_id names the user and when they were asked. */
export function forgetMeButtons(
  userId: string,
  now: Date,
): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const askedAt = Math.floor(now.getTime() / 1000);
  // ButtonStyle: Secondary 2, Danger 4.
  return {
    type: 1,
    components: [
      { type: 2, style: 4, label: 'Delete everything', custom_id: `forget-me:confirm:${userId}:${askedAt}` },
      { type: 2, style: 2, label: 'Keep my data', custom_id: `forget-me:cancel:${userId}:${askedAt}` },
    ],
  };
}

/** True when the button is one of the forget-me buttons. */
export const isForgetMeButton = (customId: string): boolean => ID.test(customId);

/** Deletes on Delete (only the asker, only while the question is fresh); Keep changes nothing. */
export async function handleForgetMeButton(
  interaction: ButtonInteraction,
  context: DiscordContext,
): Promise<void> {
  const match = ID.exec(interaction.customId);
  if (match === null) throw new Error(`not a forget-me button: ${interaction.customId}`);
  const [, action, userId, askedAt] = match;
  if (userId !== interaction.user.id) {
    await interaction.reply({ content: NOT_YOURS, flags: MessageFlags.Ephemeral });
    return;
  }
  const ageS = context.clock.now().getTime() / 1000 - Number(askedAt);
  if (action === 'cancel' || ageS > CONFIRM_WINDOW_S) {
    await interaction.update({
      content: action === 'cancel' ? FORGET_ME_CANCELLED : EXPIRED,
      components: [],
    });
    return;
  }
  const work = context.progress.forget(discordLearnerId(userId)).then(renderForgotten);
  const first = await settleWithin(work, context.deferAfterMs);
  if (first !== LATE) {
    await interaction.update({ content: first, components: [] });
    return;
  }
  await interaction.deferUpdate();
  await interaction.editReply({ content: await work, components: [] });
}
