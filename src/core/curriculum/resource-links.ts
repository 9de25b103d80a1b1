import { z } from 'zod';
import type { Resource } from './plan.js';

/** The resources of one line of a `Resources:` bullet (or one item of its nested list). */
export type ResourceLine =
  | { readonly kind: 'ok'; readonly resources: readonly Resource[] }
  | { readonly kind: 'invalid'; readonly messages: readonly string[] };

// One level of parentheses inside the URL, for addresses like .../Foo_(bar).
const LINK = /\[([^\]]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))*)\s*\)/g;
const BARE_URL = /<?(https?:\/\/[^\s<>,;|]+?)>?(?=[.)]?(?:[\s,;|]|$))/g;
const BROKEN_LINK = /\[[^\]]*\]\s*\(/;
const ADDRESS_WITHOUT_SCHEME =
  /^(?:www\.\S+|[\w-]+(?:\.[\w-]+)+\/\S*|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|ai|co|edu|gov|app)\/?)$/i;
// Separators left at the ends of a piece of text once the links are taken out ("and", " - ", ":").
const EDGES = /^(?:[\s,;|·•:–—-]|\b(?:and|or)\b)+|(?:[\s,;|·•:–—-]|\b(?:and|or)\b)+$/gi;
const HttpUrl = z.url({ protocol: /^https?$/ });
const LINK_HINT = 'write it as [title](https://...)';

/**
 * Reads links and text from one line: `[title](https://...)` links and bare addresses are links
 * (several on a line, separated by commas or similar), everything else is text ("Industry reports,
 * market analysis"). A link that is started but broken, or an address without https://, is refused.
 */
export function readResourceLine(line: string): ResourceLine {
  const resources: Resource[] = [];
  const messages: string[] = [];
  let from = 0;
  for (const match of line.matchAll(LINK)) {
    readGap(line.slice(from, match.index), resources, messages);
    from = match.index + match[0].length;
    const title = (match[1] ?? '').trim();
    const url = match[2] ?? '';
    if (title === '') messages.push(`bad resource link ${match[0]}: the title is empty`);
    else if (!HttpUrl.safeParse(url).success) {
      messages.push(`bad resource link ${match[0]}: the address must start with https:// or http://`);
    } else resources.push({ kind: 'link', title, url });
  }
  readGap(line.slice(from), resources, messages);
  return messages.length > 0 ? { kind: 'invalid', messages } : { kind: 'ok', resources };
}

/** Text between links: bare addresses become links, the rest text, broken links problems. */
function readGap(gap: string, resources: Resource[], messages: string[]): void {
  if (BROKEN_LINK.test(gap)) {
    messages.push(`bad resource link "${gap.trim()}": ${LINK_HINT}`);
    return;
  }
  let from = 0;
  for (const match of gap.matchAll(BARE_URL)) {
    addText(gap.slice(from, match.index), resources, messages);
    from = match.index + match[0].length;
    const url = match[1] ?? '';
    if (HttpUrl.safeParse(url).success) {
      resources.push({ kind: 'link', title: url.replace(/^https?:\/\//, '').replace(/\/$/, ''), url });
    } else messages.push(`bad resource link "${url}": ${LINK_HINT}`);
  }
  addText(gap.slice(from), resources, messages);
}

function addText(piece: string, resources: Resource[], messages: string[]): void {
  const text = piece.replace(/\*\*/g, '').replace(EDGES, '').trim();
  if (text === '') return;
  if (ADDRESS_WITHOUT_SCHEME.test(text)) messages.push(`bad resource link "${text}": ${LINK_HINT}`);
  else resources.push({ kind: 'text', text });
}
