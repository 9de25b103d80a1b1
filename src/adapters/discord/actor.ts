import type { Interaction } from 'discord.js';
import type { LearnerRef } from '../../app/storage/learners.js';
import type { Cohort } from '../../app/servers/outcomes.js';
import type { DiscordContext } from './discord-command.js';

/** The learner behind an interaction, with the cohort of the server it came from (null in DMs). */
export interface DiscordLearner {
  readonly who: LearnerRef;
  readonly cohort: Cohort | null;
}

/** Progress belongs to the Discord user, the same in every server and in DMs. */
export const discordLearnerId = (userId: string): string => `discord:${userId}`;

/** The Discord user to DM for a learner id, or null for learners from other front ends. */
export const discordUserIdOf = (learnerId: string): string | null =>
  learnerId.startsWith('discord:') ? learnerId.slice('discord:'.length) : null;

/**
 * Who is acting. A learner first seen in a server with a cohort starts on the cohort's
 * calendar and zone; elsewhere on today in the default zone.
 */
export async function learnerOf(
  interaction: Pick<Interaction, 'user' | 'guildId'>,
  context: DiscordContext,
): Promise<DiscordLearner> {
  const cohort = await context.servers.cohortOf(interaction.guildId, context.clock.now());
  const who: LearnerRef = {
    id: discordLearnerId(interaction.user.id),
    displayName: interaction.user.displayName,
    ...(cohort === null ? {} : { joinHint: { startDate: cohort.startDate, timezone: cohort.timezone } }),
  };
  // The server's leaderboard and recaps read who used the coach there. Noted on every learner
  // command after the answer, so one lost to a crash is noted again at the next command.
  const guildId = interaction.guildId;
  if (guildId !== null) {
    const note = () => context.progress.noteServerLearner(guildId, who.id);
    if (context.afterAnswer === undefined) await note();
    else context.afterAnswer(interaction, note);
  }
  return { who, cohort };
}
