import type { AutocompleteInteraction } from 'discord.js';
import { suggestZoneNames } from '../../../core/time/zone-names.js';

/** Answers a learner typing in a `timezone` option with the IANA zones that match, best first. */
export async function suggestZones(interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const names = focused.name === 'timezone' ? suggestZoneNames(focused.value) : [];
  await interaction.respond(names.map((name) => ({ name, value: name })));
}
