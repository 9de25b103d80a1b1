import type { Proof } from './learner.js';

const LINK = /^https?:\/\/\S+$/i;

/** Splits free text into proof text and the http(s) links in it: `Built it https://x.y` → text + links. */
export function parseProof(raw: string, extraLinks: readonly string[] = []): Proof {
  const words = raw
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const links = words.filter((word) => LINK.test(word));
  const text = words.filter((word) => !LINK.test(word)).join(' ');
  return { text, links: [...links, ...extraLinks.map((link) => link.trim()).filter((link) => link !== '')] };
}
