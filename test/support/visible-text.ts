import type { Json } from './fake-discord/index.js';

/** The embeds of a recorded message (a reply, a follow-up, a channel post). */
export function embedsOf(message: Json | undefined): Json[] {
  return (message?.embeds as Json[] | undefined) ?? [];
}

/** The fields of all of a message's embeds, in order. */
export function fieldsOf(message: Json | undefined): { name: string; value: string; inline?: boolean }[] {
  return embedsOf(message).flatMap(
    (embed) => (embed.fields as { name: string; value: string; inline?: boolean }[] | undefined) ?? [],
  );
}

/** The value of the message's first field named `name`; throws when there is none, naming those there are. */
export function fieldValue(message: Json | undefined, name: string): string {
  const fields = fieldsOf(message);
  const found = fields.find((field) => field.name === name);
  if (found === undefined)
    throw new Error(`no field "${name}"; there are: ${fields.map((f) => f.name).join(' | ')}`);
  return found.value;
}

/**
 * What a reader sees of a message, as lines: the content, then each embed's author, title,
 * description, fields (name, then value) and footer.
 */
export function visibleText(message: Json | undefined): string {
  const text = (value: unknown): string[] => (typeof value === 'string' && value !== '' ? [value] : []);
  const embeds = embedsOf(message).flatMap((embed) => [
    ...text((embed.author as Json | undefined)?.name),
    ...text(embed.title),
    ...text(embed.description),
    ...((embed.fields as { name: string; value: string }[] | undefined) ?? []).flatMap((field) => [
      field.name,
      field.value,
    ]),
    ...text((embed.footer as Json | undefined)?.text),
  ]);
  return [...text(message?.content), ...embeds].join('\n');
}

/**
 * A message's embed as the labelled lines it was built from: the description's lines, then
 * each field as `name: value` (`Next post: Day 32 at ...`), as `/coach status` and `/help` are read in text.
 */
export function labelledLines(message: Json | undefined): string[] {
  return embedsOf(message).flatMap((embed) => [
    ...(typeof embed.description === 'string' ? embed.description.split('\n') : []),
    ...((embed.fields as { name: string; value: string }[] | undefined) ?? []).map(
      (field) => `${field.name}: ${field.value}`,
    ),
  ]);
}
