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
  if (words.length !== known.length) {
    const joined = editDistance(words.join(''), known.join(''));
    return joined <= 1 ? joined : null;
  }
  let total = 0;
  for (const [index, word] of words.entries()) {
    const target = known[index] ?? '';
    const distance = editDistance(word, target);
    // A typo rarely hits the first letter: "Sources" is a label of its own, not "Resources" misspelt.
    if (distance > (target.length >= 8 ? 2 : 1) || word[0] !== target[0]) return null;
    total += distance;
  }
  return total;
}

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (__, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      const row = rows[i];
      if (row) row[j] = value;
    }
  }
  return at(a.length, b.length);
}
