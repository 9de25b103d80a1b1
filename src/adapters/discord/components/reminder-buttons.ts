import type { APIActionRowComponent, APIButtonComponentWithCustomId, ButtonInteraction } from 'discord.js';
import { renderSnooze, SKIPPED_TODAY } from '../../../presenters/text/reminder-text.js';
import { actorOf } from '../actor.js';
import type { DiscordContext } from '../discord-command.js';
import { discordWhen } from '../render/coaching-reply.js';

const ID = /^reminder:(snooze|skip):(\d{4}-\d{2}-\d{2})$/;

/** The row under a DM reminder: "Remind me in 2 hours" (not on the snoozed one) and "Skip today". */
export function reminderButtons(
  slotDate: string,
  snoozed: boolean,
): APIActionRowComponent<APIButtonComponentWithCustomId> {
  // ButtonStyle: Secondary 2.
  const skip: APIButtonComponentWithCustomId = {
    type: 2,
    style: 2,
    label: 'Skip today',
    custom_id: `reminder:skip:${slotDate}`,
  };
  const later: APIButtonComponentWithCustomId = {
    type: 2,
    style: 2,
    label: 'Remind me in 2 hours',
    custom_id: `reminder:snooze:${slotDate}`,
  };
  return { type: 1, components: snoozed ? [skip] : [later, skip] };
}

/** True when the button is one under a DM reminder. */
export const isReminderButton = (customId: string): boolean => ID.test(customId);

/** Snoozes once for that day, or skips the rest of it; the answer is a short line. */
export async function handleReminderButton(
  interaction: ButtonInteraction,
  context: DiscordContext,
): Promise<void> {
  const match = ID.exec(interaction.customId);
  if (match === null) throw new Error(`not a reminder button: ${interaction.customId}`);
  const [, action, slotDate] = match as unknown as [string, 'snooze' | 'skip', string];
  const actor = actorOf(interaction);
  if (action === 'skip') {
    await context.app.reminders.skipToday(actor, slotDate);
    await interaction.reply({ content: SKIPPED_TODAY });
    return;
  }
  const outcome = await context.app.reminders.snooze(actor, slotDate);
  await interaction.reply({ content: renderSnooze(outcome, (at) => discordWhen(at)) });
}
