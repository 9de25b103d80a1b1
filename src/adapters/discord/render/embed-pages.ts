import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { ReplyBody, ReplyFile } from '../respond.js';
import { EMBED_LIMITS, truncate } from './embed-limits.js';

/** One reply's embed as a handler describes it, before it is cut into Discord's limits. */
export interface EmbedDraft {
  readonly title: string;
  readonly description?: string;
  /** 0xRRGGBB. */
  readonly color: number;
  readonly fields?: readonly APIEmbedField[];
  readonly footer?: string;
  /** Shown in the first embed, e.g. `attachment://progress.png` for a file of the same message. */
  readonly imageUrl?: string;
}

const CONTINUED = ' (continued)';

/**
 * The draft as messages of embeds, each within Discord's limits: title 256, description 4,096,
 * field name 256 and value 1,024, 25 fields and 10 embeds a message, 6,000 characters across a
 * message's embeds. A long field is split at line ends into fields that continue it; fields that
 * do not fit go on in another embed of the same colour, then in a further message, so nothing is lost.
 */
export function embedPages(draft: EmbedDraft): APIEmbed[][] {
  const footer = draft.footer === undefined ? undefined : truncate(draft.footer, EMBED_LIMITS.footerText);
  // Every message keeps room for the footer: only the last one carries it, but which is last is known late.
  const budget = EMBED_LIMITS.total - (footer?.length ?? 0);
  const title = truncate(draft.title, EMBED_LIMITS.title);
  const first: APIEmbed = {
    title,
    ...(draft.description ? { description: truncate(draft.description, EMBED_LIMITS.description) } : {}),
    color: draft.color,
    ...(draft.imageUrl === undefined ? {} : { image: { url: draft.imageUrl } }),
  };
  const pages: APIEmbed[][] = [];
  let page: APIEmbed[] = [first];
  let used = title.length + (first.description?.length ?? 0);
  for (const field of (draft.fields ?? []).flatMap(splitField)) {
    const size = field.name.length + field.value.length;
    let embed = page[page.length - 1] ?? first;
    if (used + size > budget) {
      pages.push(page);
      embed = { title: truncate(`${draft.title}${CONTINUED}`, EMBED_LIMITS.title), color: draft.color };
      page = [embed];
      used = embed.title?.length ?? 0;
    } else if ((embed.fields?.length ?? 0) >= EMBED_LIMITS.fields) {
      embed = { color: draft.color };
      if (page.length >= EMBED_LIMITS.embeds) {
        pages.push(page);
        page = [];
      }
      page.push(embed);
    }
    embed.fields = [...(embed.fields ?? []), field];
    used += size;
  }
  pages.push(page);
  const last = page[page.length - 1];
  if (last !== undefined && footer !== undefined) last.footer = { text: footer };
  return pages;
}

/** A reply of the draft's embeds: the first message with `files` (an image the embed shows), the rest as follow-ups. */
export function embedReply(draft: EmbedDraft, files?: readonly ReplyFile[]): ReplyBody {
  const [first = [], ...rest] = embedPages(draft);
  return {
    embeds: first,
    ...(files === undefined ? {} : { files }),
    ...(rest.length === 0 ? {} : { more: rest.map((embeds) => ({ embeds })) }),
  };
}

/** The field cut at line ends into fields of at most 1,024 characters; the later ones say they continue it. */
function splitField(field: APIEmbedField): APIEmbedField[] {
  const name = truncate(field.name || '-', EMBED_LIMITS.fieldName);
  const value = field.value || '-';
  if (value.length <= EMBED_LIMITS.fieldValue) return [{ ...field, name, value }];
  const chunks: string[] = [];
  let chunk = '';
  for (const line of value.split('\n').map((text) => truncate(text, EMBED_LIMITS.fieldValue))) {
    if (chunk !== '' && chunk.length + 1 + line.length > EMBED_LIMITS.fieldValue) {
      chunks.push(chunk);
      chunk = line;
    } else chunk = chunk === '' ? line : `${chunk}\n${line}`;
  }
  if (chunk !== '') chunks.push(chunk);
  const next = truncate(`${field.name}${CONTINUED}`, EMBED_LIMITS.fieldName);
  return chunks.map((text, index) => ({ ...field, name: index === 0 ? name : next, value: text }));
}
