/** A link found in a draft, and why it looks wrong (null when it looks fine). */
export interface DraftLink {
  readonly url: string;
  readonly problem: string | null;
}

const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const PLACEHOLDER_HOSTS: ReadonlySet<string> = new Set([
  'example.com',
  'www.example.com',
  'localhost',
  'yourblog.com',
  'link.com',
]);

/** Every http(s) or `www.` link in the text, in order, each checked for the usual slips. */
export function findLinks(text: string): DraftLink[] {
  return [...text.matchAll(URL_LIKE)].map((match) => {
    const url = trimTrailing(match[0]);
    return { url, problem: problemOf(url) };
  });
}

// Prose punctuation after a link, and a closing bracket without its opening one (as in
// "(see https://x.org/a)" or Markdown's "[text](https://x.org/a)"), is not part of it.
function trimTrailing(url: string): string {
  let out = url.replace(/[.,;:!?]+$/, '');
  while (/[)\]]$/.test(out) && count(out, out.endsWith(')') ? '(' : '[') < count(out, out.at(-1) ?? '')) {
    out = out.slice(0, -1).replace(/[.,;:!?]+$/, '');
  }
  return out;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function problemOf(url: string): string | null {
  if (/^www\./i.test(url)) return 'has no https:// in front';
  if (!URL.canParse(url)) return 'is not a valid address';
  const { hostname } = new URL(url);
  if (PLACEHOLDER_HOSTS.has(hostname.toLowerCase())) return 'looks like a placeholder';
  if (!hostname.includes('.')) return 'has no domain ending (.com, .org, ...)';
  return null;
}
