import type { APIEmbed, APIEmbedField } from 'discord.js';

/** Discord's embed limits, in characters (UTF-16 code units, which never undercounts). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Embeds in one message. */
  embeds: 10,
  /** Across every embed of one message; discord.js's builder does not check it. */
  total: 6000,
} as const;

const ELLIPSIS = '…';
// Below these, trimming further stops helping the reader; later steps take over.
const MIN_FIELD_VALUE = 48;
const MIN_DESCRIPTION = 200;
const MIN_FIELD_NAME = 32;

/** The characters Discord counts for one embed: title, description, field names and values, footer, author. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** The characters Discord counts across all embeds of one message. */
export function totalEmbedLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}

/** `text` cut to at most `max` characters, ending in an ellipsis, preferring a word boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = max - ELLIPSIS.length;
  const space = text.lastIndexOf(' ', cut);
  if (space > cut * 0.8) cut = space;
  // Never leave half of a surrogate pair behind.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

/** The embed with every part cut to its own limit and at most 25 fields. */
export function clampEmbed(embed: APIEmbed): APIEmbed {
  const clamped: APIEmbed = { ...embed };
  if (embed.title !== undefined) clamped.title = truncate(embed.title, EMBED_LIMITS.title);
  if (embed.description !== undefined)
    clamped.description = truncate(embed.description, EMBED_LIMITS.description);
  if (embed.footer)
    clamped.footer = { ...embed.footer, text: truncate(embed.footer.text, EMBED_LIMITS.footerText) };
  if (embed.author)
    clamped.author = { ...embed.author, name: truncate(embed.author.name, EMBED_LIMITS.authorName) };
  if (embed.fields) {
    clamped.fields = embed.fields.slice(0, EMBED_LIMITS.fields).map((field) => ({
      ...field,
      name: truncate(field.name, EMBED_LIMITS.fieldName),
      value: truncate(field.value, EMBED_LIMITS.fieldValue),
    }));
  }
  return clamped;
}

/**
 * The embeds cut to fit in one message (at most 10, 6,000 characters together). Each part is first cut to
 * its own limit; then the longest field values are shortened to a common cap, then descriptions,
 * then field names, then trailing fields are dropped, and titles go last: short fields stay whole.
 */
export function fitEmbeds(embeds: readonly APIEmbed[], total: number = EMBED_LIMITS.total): APIEmbed[] {
  let result = embeds.slice(0, EMBED_LIMITS.embeds).map(clampEmbed);
  result = capAll(result, total, MIN_FIELD_VALUE, capFieldValues);
  result = capAll(result, total, MIN_DESCRIPTION, capDescription);
  result = capAll(result, total, MIN_FIELD_NAME, capFieldNames);
  result = dropTrailingFields(result, total);
  return capAll(result, total, 1, capTitle);
}

type Capper = (embed: APIEmbed, cap: number) => APIEmbed;

/** Applies the largest cap (not below `floor`) that makes the embeds fit, or `floor` when none does. */
function capAll(embeds: APIEmbed[], total: number, floor: number, capper: Capper): APIEmbed[] {
  if (totalEmbedLength(embeds) <= total) return embeds;
  const at = (cap: number) => embeds.map((embed) => capper(embed, cap));
  let low = floor;
  let high = Math.max(floor, EMBED_LIMITS.description);
  if (totalEmbedLength(at(low)) > total) return at(low);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (totalEmbedLength(at(mid)) <= total) low = mid;
    else high = mid - 1;
  }
  return at(low);
}

const capFieldValues: Capper = (embed, cap) =>
  embed.fields ? { ...embed, fields: embed.fields.map((field) => capField(field, cap)) } : embed;

const capField = (field: APIEmbedField, cap: number): APIEmbedField => ({
  ...field,
  value: truncate(field.value, cap),
});

const capFieldNames: Capper = (embed, cap) =>
  embed.fields
    ? { ...embed, fields: embed.fields.map((field) => ({ ...field, name: truncate(field.name, cap) })) }
    : embed;

const capDescription: Capper = (embed, cap) =>
  embed.description === undefined ? embed : { ...embed, description: truncate(embed.description, cap) };

const capTitle: Capper = (embed, cap) =>
  embed.title === undefined ? embed : { ...embed, title: truncate(embed.title, cap) };

function dropTrailingFields(embeds: APIEmbed[], total: number): APIEmbed[] {
  const result = embeds.map((embed) => ({ ...embed, fields: embed.fields ? [...embed.fields] : undefined }));
  for (let index = result.length - 1; index >= 0; index -= 1) {
    const fields = result[index]?.fields;
    while (fields && fields.length > 0 && totalEmbedLength(result) > total) fields.pop();
  }
  return result.map((embed) => (embed.fields === undefined ? omitFields(embed) : embed));
}

function omitFields(embed: APIEmbed): APIEmbed {
  const { fields: _fields, ...rest } = embed;
  return rest;
}
