import type { APIMessage } from 'discord.js';

// Discord does not return a message's nonce when the message is read back, so each post
// carries a short reference derived from it, which `findPost` looks for after a crash: in a
// day post, at the end of its first button's custom_id (unseen); in a text, as a last subtext line.
const REF_LENGTH = 10;
/** The reference a text carries as its last subtext line. */
export const refOf = (nonce: string): string => `ref ${nonce.slice(0, REF_LENGTH)}`;
/** The reference a day post carries at the end of its first button's custom_id. */
export const buttonRefOf = (nonce: string): string => `ref-${nonce.slice(0, REF_LENGTH)}`;

/** A text ends with its reference; a day post's first button carries it (posts before 2026-12: the footer). */
export function carriesRef(message: APIMessage, nonce: string): boolean {
  const ref = refOf(nonce);
  const inButton = `:${buttonRefOf(nonce)}`;
  const customIds = (message.components ?? []).flatMap((row) =>
    'components' in row
      ? row.components.flatMap((part) => ('custom_id' in part ? [part.custom_id] : []))
      : [],
  );
  return (
    message.content.endsWith(ref) ||
    customIds.some((id) => id.endsWith(inButton)) ||
    message.embeds.some((embed) => embed.footer?.text.endsWith(ref))
  );
}
