import type { APIEmbed } from 'discord.js';
import type { DayPlace } from '../../../core/curriculum/plan-lookup.js';
import { sectionColor } from '../../../core/progress/section-palette.js';
import type { ReplyBody } from '../respond.js';
import { renderDayButtons } from './day-button-row.js';
import { renderDayEmbed } from './day-embed.js';

/** The day's embed, coloured like its section on the progress card. */
export function dayEmbedOf(place: DayPlace, planDays: number): APIEmbed {
  return renderDayEmbed(place.day, {
    section: place.section,
    positionInSection: place.positionInSection,
    sectionDayCount: place.section.days.length,
    dayIndexInPlan: place.positionInPlan,
    planDays,
    cycle: place.cycle,
    color: sectionColor(place.sectionIndex),
  });
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
