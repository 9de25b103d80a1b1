import type { APIActionRowComponent, APIButtonComponentWithCustomId, ButtonInteraction } from 'discord.js';
import type { SubmitOutcome } from '../../../app/coaching/outcomes.js';
import { renderUnshare } from '../../../presenters/text/share-text.js';
import { actorOf } from '../actor.js';
import type { DiscordContext } from '../discord-command.js';
import { MESSAGE_CONTENT_LIMIT } from '../render/split-message.js';
import { LATE, settleWithin } from '../respond.js';

const ID = /^unshare:(\d{1,6})$/;

/** An Unshare button under the confirmation of a shared proof; none when nothing was shared. */
export function unshareButtons(
  outcome: SubmitOutcome,
): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  if (outcome.share?.kind !== 'shared') return [];
  // ButtonStyle: Secondary 2.
  const button = { type: 2, style: 2, label: 'Unshare', custom_id: `unshare:${outcome.share.day}` } as const;
  return [{ type: 1, components: [button] }];
}

/** True when the button is an Unshare button. */
export const isUnshareButton = (customId: string): boolean => ID.test(customId);

/**
 * Unshares the day for whoever clicks (the confirmation is theirs: ephemeral in a server, their
 * DM otherwise), then says so under the confirmation and takes the button away.
 */
export async function handleUnshareButton(
  interaction: ButtonInteraction,
  context: DiscordContext,
): Promise<void> {
  const match = ID.exec(interaction.customId);
  if (match === null) throw new Error(`not an unshare button: ${interaction.customId}`);
  const work = context.app.sharing.unshare(actorOf(interaction), Number(match[1])).then((outcome) => {
    const line = renderUnshare(outcome);
    const content = `${interaction.message.content}\n\n${line}`;
    const keep = outcome.kind === 'unshare-failed';
    return {
      content: content.length <= MESSAGE_CONTENT_LIMIT ? content : line,
      ...(keep ? {} : { components: [] }),
    };
  });
  const first = await settleWithin(work, context.deferAfterMs);
  if (first !== LATE) {
    await interaction.update(first);
    return;
  }
  await interaction.deferUpdate();
  await interaction.editReply(await work);
}
