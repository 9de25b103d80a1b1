import type { APIEmbed } from 'discord.js';
import type { SharedProof } from '../../../app/ports.js';
import { EMBED_LIMITS, clampEmbed, truncate } from './embed-limits.js';

// The cohort's colour for shared work: Discord's green, apart from the section colours of a day.
const SHARE_COLOR = 0x57f287;
const MAX_LINKS = 5;

/** A learner's shared proof as a short embed: who, which day, what they did, their links. */
export function sharedProofEmbed(share: SharedProof): APIEmbed {
  const links = share.links.slice(0, MAX_LINKS);
  return clampEmbed({
    title: truncate(`${share.who} finished Day ${share.day} · ${share.title}`, EMBED_LIMITS.title),
    description: truncate(share.text, EMBED_LIMITS.description),
    color: SHARE_COLOR,
    ...(links.length === 0 ? {} : { fields: [{ name: 'Links', value: links.join('\n') }] }),
  });
}
