/** The labels the plan format names, as a "did you mean" suggests them. */
const KNOWN_LABELS = [
  'Learning Objective',
  'Objective',
  'Task',
  'Project',
  'Resource',
  'Resources',
  'Python Skill',
  'Checkpoint',
  'LinkedIn Post',
  'Blog Post',
] as const;

const TIME = /^(.*?)\s*(\([^()]*\))$/;

/**
 * The known label that `label` looks like a misspelling of ("Checkpint" -> "Checkpoint",
 * "Taks (30 min)" -> "Task (30 min)"), or null. Word by word, each word at most one edit away
 * (two for words of eight letters or more) with its first letter right, so invented labels
 * ("Metrics", "LinkedIn Poll", "Sources") pass.
 */
export function suggestLabel(label: string): string | null {
  const [, base = label, time] = TIME.exec(label) ?? [];
  const words = words_(base);
  let best: { readonly name: string; readonly distance: number } | null = null;
  for (const name of KNOWN_LABELS) {
    const distance = labelDistance(words, words_(name));
    if (distance !== null && distance > 0 && (best === null || distance < best.distance)) {
      best = { name, distance };
    }
  }
  if (best === null) return null;
  return time === undefined ? best.name : `${best.name} ${time}`;
}

function words_(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

function labelDistance(words: readonly string[], known: readonly string[]): number | null {
  if (words[0]?.[0] !== known[0]?.[0]) return null;
  if (words.length !== known.length) {
    const [joined, target] = [words.join(''), known.join('')];
    const distance = editDistance(joined, target, 1);
    return distance <= 1 ? distance : null;
  }
  let total = 0;
  for (const [index, word] of words.entries()) {
    const target = known[index] ?? '';
    const allowed = target.length >= 8 ? 2 : 1;
    // A typo rarely hits the first letter: "Sources" is a label of its own, not "Resources" misspelt.
    if (word[0] !== target[0] || Math.abs(word.length - target.length) > allowed) return null;
    const distance = editDistance(word, target, allowed);
    if (distance > allowed) return null;
    total += distance;
  }
  return total;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`; any answer above
 * `limit` is reported as `limit + 1`, which lets the search stop early.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? 0, limit + 1);
}
