import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Day, Section } from '../../../core/curriculum/plan.js';
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
  /** 0xRRGGBB. */
  readonly color: number;
}

/**
 * The daily post's embed: title `Day 31 · Spark Architecture`, the objective (with project and
 * post days said up front), fields in the plan's order, footer
 * `Module 5 · Spark Fundamentals + PySpark · day 1 of 30`. Always within Discord's limits.
 */
export function renderDayEmbed(day: Day, context: DayEmbedContext): APIEmbed {
  const embed: APIEmbed = {
    title: truncate(`Day ${day.day} · ${day.title}`, EMBED_LIMITS.title),
    description: describe(day, context),
    color: context.color,
    fields: dayFields(day),
    footer: { text: footerText(context) },
  };
  const [fitted] = fitEmbeds([embed]);
  return fitted ?? embed;
}

function describe(day: Day, context: DayEmbedContext): string {
  const leads: string[] = [];
  if (day.activity.kind === 'project') {
    const closes = context.positionInSection === context.sectionDayCount && context.section.number !== null;
    leads.push(closes ? `Project day: wraps up Module ${context.section.number}` : 'Project day');
  }
  if (day.post) leads.push(day.post.kind === 'linkedin' ? 'LinkedIn post today' : 'Blog post today');
  return leads.length === 0 ? day.objective : `**${leads.join(' · ')}**\n${day.objective}`;
}

function dayFields(day: Day): APIEmbedField[] {
  const fields: APIEmbedField[] = [
    {
      name: `${day.activity.kind === 'project' ? 'Project' : 'Task'} · ${day.activity.minutes} min`,
      value: day.activity.text,
    },
  ];
  if (day.resources.length > 0) {
    fields.push({
      name: day.resources.length === 1 ? 'Resource' : 'Resources',
      value: linkList(
        day.resources.map((resource) => `[${escapeLinkText(resource.title)}](${resource.url})`),
      ),
    });
  }
  fields.push(...detailFields(day, fields.length));
  if (day.pythonSkill !== null) fields.push({ name: 'Python skill', value: day.pythonSkill, inline: true });
  fields.push({ name: 'Checkpoint', value: `Prove it: ${day.checkpoint}` });
  if (day.post) {
    fields.push({
      name: day.post.kind === 'linkedin' ? 'LinkedIn post' : 'Blog post',
      value: `"${day.post.title}"`,
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

function footerText(context: DayEmbedContext): string {
  const { section } = context;
  const label = section.number === null ? section.title : `Module ${section.number} · ${section.title}`;
  return `${label} · day ${context.dayIndexInPlan} of ${context.planDays}`;
}

/** Whole links, one per line; links that would not fit are counted rather than cut mid-URL. */
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
