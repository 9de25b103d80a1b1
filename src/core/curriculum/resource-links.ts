import { z } from 'zod';
import type { Resource } from './plan.js';

/** The links of one `Resource:` bullet, or why they cannot be read. */
export type ResourceLinks =
  | { readonly kind: 'ok'; readonly resources: readonly Resource[] }
  | { readonly kind: 'invalid'; readonly message: string };

// One level of parentheses inside the URL, for addresses like .../Foo_(bar).
const LINK = /\[([^\]]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))*)\s*\)/g;
const SEPARATORS = /[\s,;|·•/&+–—-]|\band\b|\bor\b/gi;
const HttpUrl = z.url({ protocol: /^https?$/ });

/** Reads `[title](url)` links, several allowed on one line, separated by commas or similar. */
export function readResourceLinks(text: string): ResourceLinks {
  const resources: Resource[] = [];
  for (const match of text.matchAll(LINK)) {
    const title = (match[1] ?? '').trim();
    const url = match[2] ?? '';
    if (title === '')
      return { kind: 'invalid', message: `bad resource link ${match[0]}: the title is empty` };
    if (!HttpUrl.safeParse(url).success) {
      return {
        kind: 'invalid',
        message: `bad resource link ${match[0]}: the address must start with https:// or http://`,
      };
    }
    resources.push({ title, url });
  }
  if (resources.length === 0) {
    return { kind: 'invalid', message: `bad resource link "${text}": write it as [title](https://...)` };
  }
  const rest = text.replace(LINK, ' ').replace(SEPARATORS, '');
  if (rest !== '') {
    return {
      kind: 'invalid',
      message: `bad resource link "${text}": text outside a [title](https://...) link`,
    };
  }
  return { kind: 'ok', resources };
}
