import type { APIEmbed } from 'discord.js';
import type { DayPlace } from '../../../core/curriculum/plan-lookup.js';
import { sectionColor } from '../../../core/progress/section-palette.js';
import type { ReplyBody } from '../respond.js';
import { renderDayButtons } from './day-button-row.js';
import { renderDayEmbed } from './day-embed.js';

// The plan is immutable for the life of the process, so each day's embed is built once: a
// /today burst would otherwise rebuild (and fit to Discord's limits) the same embed every time.
// Frozen, so a caller that changed it would throw instead of changing everyone's copy.
const builtEmbeds = new WeakMap<DayPlace['day'], { readonly planDays: number; readonly embed: APIEmbed }>();

/** The day's embed, coloured like its section on the progress card. */
export function dayEmbedOf(place: DayPlace, planDays: number): APIEmbed {
  const built = builtEmbeds.get(place.day);
  if (built !== undefined && built.planDays === planDays) return built.embed;
  const embed = deepFreeze(
    renderDayEmbed(place.day, {
      section: place.section,
      positionInSection: place.positionInSection,
      sectionDayCount: place.section.days.length,
      dayIndexInPlan: place.positionInPlan,
      planDays,
      color: sectionColor(place.sectionIndex),
    }),
  );
  builtEmbeds.set(place.day, { planDays, embed });
  return embed;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A day as a reply: its embed, with the day's buttons when the learner can act on it. */
export function dayMessage(
  place: DayPlace,
  planDays: number,
  options: { readonly buttons: boolean; readonly includeAsk: boolean },
): ReplyBody {
  const components = options.buttons
    ? [renderDayButtons(place.day.day, { includeAsk: options.includeAsk })]
    : [];
  return { embeds: [dayEmbedOf(place, planDays)], components };
}
