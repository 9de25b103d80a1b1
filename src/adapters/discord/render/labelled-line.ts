import type { APIEmbedField } from 'discord.js';

// A label is short plain words before ": ", such as "Next post" or "AI usage today (2026-06-01, UTC)";
// markup (a channel, a timestamp, bold) never starts one.
const LABELLED = /^([^:<>`*_\n]{1,100}): (.+)$/s;

/** `Streak: 3 days` as the field `Streak` / `3 days`; null for a line without such a label. */
export function labelledField(line: string, inline = false): APIEmbedField | null {
  const match = LABELLED.exec(line);
  if (match === null || match[1] === undefined || match[2] === undefined) return null;
  return { name: match[1], value: match[2], ...(inline ? { inline } : {}) };
}

/** Lines with a label become fields, in order; the others stay lines of the description. */
export function fieldsOfLines(
  lines: readonly string[],
  inline = false,
): { readonly description: string[]; readonly fields: APIEmbedField[] } {
  const description: string[] = [];
  const fields: APIEmbedField[] = [];
  for (const line of lines) {
    const field = labelledField(line, inline);
    if (field === null) description.push(line);
    else fields.push(field);
  }
  return { description, fields };
}
