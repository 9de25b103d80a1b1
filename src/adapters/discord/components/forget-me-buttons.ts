import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type ButtonInteraction,
} from 'discord.js';
import { FORGET_ME_CANCELLED, renderForgotten } from '../../../presenters/text/privacy-text.js';
import type { DiscordContext } from '../discord-command.js';
import { actorOf } from '../actor.js';
import { LATE, settleWithin } from '../respond.js';

const ID = /^forget-me:(confirm|cancel):(\d{1,20}):(\d{1,12})$/;

const NOT_YOURS = 'These buttons belong to someone else.';

/** Delete and Keep buttons; the custom_id names the user and when they were asked. */
export function forgetMeButtons(
  userId: string,
  asked: Date,
): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const askedAt = Math.floor(asked.getTime() / 1000);
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
  if (action === 'cancel') {
    await interaction.update({ content: FORGET_ME_CANCELLED, components: [] });
    return;
  }
  const work = context.app.privacy
    .forget(actorOf(interaction), { askedAt: new Date(Number(askedAt) * 1000) })
    .then(renderForgotten);
  const first = await settleWithin(work, context.deferAfterMs);
  if (first !== LATE) {
    await interaction.update({ content: first, components: [] });
    return;
  }
  await interaction.deferUpdate();
  await interaction.editReply({ content: await work, components: [] });
}
