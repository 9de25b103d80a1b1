import type { Proof } from './learner.js';

const LINK = /^https?:\/\/\S+$/i;

/**
 * Splits free text into proof text and the http(s) links in it: `Built it https://x.y` →
 * text + links. The text keeps the learner's line breaks (a paragraph stays a paragraph);
 * only runs of spaces, and the links taken out of it, are tidied.
 */
export function parseProof(raw: string, extraLinks: readonly string[] = []): Proof {
  const links: string[] = [];
  const lines = raw.split(/\r?\n/).map((line) =>
    line
      .split(/[^\S\r\n]+/)
      .filter((word) => {
        if (!LINK.test(word)) return word !== '';
        links.push(word);
        return false;
      })
      .join(' '),
  );
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, links: [...links, ...extraLinks.map((link) => link.trim()).filter((link) => link !== '')] };
}
