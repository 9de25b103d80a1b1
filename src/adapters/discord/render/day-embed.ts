import type { APIEmbed, APIEmbedField } from 'discord.js';
import { isProjectDay } from '../../../core/curriculum/day-parts.js';
import { sectionLabel } from '../../../core/curriculum/plan-lookup.js';
import type { Activity, Day, Resource, Section } from '../../../core/curriculum/plan.js';
import { noCheckpointLine, planPosition } from '../../../presenters/text/day-text.js';
import { EMBED_LIMITS, fitEmbeds, truncate } from './embed-limits.js';

/** Where the day sits, and the section's colour (the same as on the progress card). */
export interface DayEmbedContext {
  readonly section: Section;
  /** 1-based position of the day within its section. */
  readonly positionInSection: number;
  readonly sectionDayCount: number;
  /** 1-based position of the day within the plan. */
  readonly dayIndexInPlan: number;
  readonly planDays: number;
  /** The day's cycle of the journey; 1 of 1 for a single plan. */
  readonly cycle?: { readonly number: number; readonly count: number };
  /** 0xRRGGBB. */
  readonly color: number;
}

/**
 * The daily post's embed: title `Day 31 · Spark Architecture`, the objective (with project and
 * post days said up front), fields in the plan's order, footer
 * `Module 5 · Spark Fundamentals + PySpark · day 1 of 30`. Always within Discord's limits.
 */
export function renderDayEmbed(day: Day, context: DayEmbedContext): APIEmbed {
  const description = describe(day, context);
  const embed: APIEmbed = {
    title: truncate(`Day ${day.day} · ${day.title}`, EMBED_LIMITS.title),
    ...(description === '' ? {} : { description }),
    color: context.color,
    fields: dayFields(day),
    footer: { text: footerText(day, context) },
  };
  const [fitted] = fitEmbeds([embed]);
  return fitted ?? embed;
}

/** The leads (project day, post day) in bold, then the objective; empty when there is neither. */
function describe(day: Day, context: DayEmbedContext): string {
  const leads: string[] = [];
  if (isProjectDay(day)) {
    const { section } = context;
    const closes = context.positionInSection === context.sectionDayCount && section.kind !== 'days';
    leads.push(closes ? `Project day: wraps up ${sectionLabel(section)}` : 'Project day');
  }
  if (day.post) leads.push(day.post.kind === 'linkedin' ? 'LinkedIn post today' : 'Blog post today');
  const lead = leads.length === 0 ? [] : [`**${leads.join(' · ')}**`];
  return [...lead, ...(day.objective === null ? [] : [day.objective])].join('\n');
}

function activityField(activity: Activity): APIEmbedField {
  const name = activity.kind === 'project' ? 'Project' : 'Task';
  return {
    name: activity.minutes === null ? name : `${name} · ${activity.minutes} min`,
    value: activity.text,
  };
}

function resourceLine(resource: Resource): string {
  return resource.kind === 'link' ? `[${escapeLinkText(resource.title)}](${resource.url})` : resource.text;
}

function dayFields(day: Day): APIEmbedField[] {
  const fields: APIEmbedField[] = day.activities.map(activityField);
  if (day.resources.length > 0) {
    fields.push({
      name: day.resources.length === 1 ? 'Resource' : 'Resources',
      value: linkList(day.resources.map(resourceLine)),
    });
  }
  fields.push(...detailFields(day, fields.length));
  if (day.pythonSkill !== null) fields.push({ name: 'Python skill', value: day.pythonSkill, inline: true });
  fields.push({
    name: 'Checkpoint',
    value: day.checkpoint === null ? noCheckpointLine(day) : `Prove it: ${day.checkpoint}`,
  });
  if (day.post) {
    const title = `"${day.post.title}"`;
    fields.push({
      name: day.post.kind === 'linkedin' ? 'LinkedIn post' : 'Blog post',
      value: day.post.notes === null ? title : `${title}\n${day.post.notes}`,
    });
  }
  return fields;
}

/** Details as short inline fields; past Discord's 25 fields, the rest share one "More" field. */
function detailFields(day: Day, before: number): APIEmbedField[] {
  const after = (day.pythonSkill === null ? 0 : 1) + 1 + (day.post ? 1 : 0);
  const room = EMBED_LIMITS.fields - before - after;
  const details = Object.entries(day.details);
  const fields = details.map(([label, text]) => ({ name: label, value: text, inline: true }));
  if (details.length <= room) return fields;
  const rest = details.slice(room - 1).map(([label, text]) => `**${label}:** ${text}`);
  return [
    ...fields.slice(0, room - 1),
    { name: 'More', value: truncate(rest.join('\n'), EMBED_LIMITS.fieldValue) },
  ];
}

function footerText(day: Day, context: DayEmbedContext): string {
  const { section } = context;
  const name = sectionLabel(section);
  const label = name === section.title ? name : `${name} · ${section.title}`;
  const cycle = context.cycle ?? { number: 1, count: 1 };
  return `${label} · ${planPosition({ day, positionInPlan: context.dayIndexInPlan, cycle }, context.planDays)}`;
}

/** Whole links (and text resources), one per line; those that would not fit are counted rather than cut mid-URL. */
function linkList(links: readonly string[]): string {
  const kept: string[] = [];
  let length = 0;
  for (const [index, link] of links.entries()) {
    const more = `…and ${links.length - index} more`;
    const room =
      index === links.length - 1 ? EMBED_LIMITS.fieldValue : EMBED_LIMITS.fieldValue - more.length - 1;
    if (length + link.length + 1 > room)
      return kept.length === 0 ? truncate(link, room) : [...kept, more].join('\n');
    kept.push(link);
    length += link.length + 1;
  }
  return kept.join('\n');
}

// Square brackets in a link's text would end the markdown link early.
function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}
