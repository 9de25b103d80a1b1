/** One week's pairs as the core makes them: everyone joined, each in exactly one group. */
export interface BuddyPairing {
  /** Pairs, and at most one group of three (only when the count is odd). */
  readonly groups: readonly (readonly string[])[];
  /** The one learner left when only one joined; null otherwise. */
  readonly alone: string | null;
}

/** What pairing is made from: who joined, who was grouped in the weeks before, and the week's seed. */
export interface PairingInput {
  readonly learners: readonly string[];
  /** Past weeks' groups, last week first: a repeat of a recent pair costs more than an old one. */
  readonly history: readonly (readonly (readonly string[])[])[];
  /** The same seed (the guild and the week) always gives the same pairs. */
  readonly seed: string;
  /** Search steps before the best pairing found so far is taken; the default suits a few hundred learners. */
  readonly budget?: number;
}

const DEFAULT_BUDGET = 20_000;
const TRIPLE_CANDIDATES = 12;

/**
 * Pairs the joined learners for a week: no pair of the weeks before when that is possible,
 * else the fewest and oldest repeats; one group of three when the count is odd; nobody alone
 * unless only one joined. A depth-first search over a seeded order, bounded by `budget` steps:
 * small cohorts are searched through (so a pairing without repeats is found whenever one
 * exists), large ones take the best found, and the first one found is already greedy-good.
 */
export function pairBuddies(input: PairingInput): BuddyPairing {
  const learners = [...new Set(input.learners)].sort();
  if (learners.length === 0) return { groups: [], alone: null };
  const [only] = learners;
  if (learners.length === 1 && only !== undefined) return { groups: [], alone: only };
  const random = seededRandom(input.seed);
  const order = shuffle(learners, random);
  const cost = repeatCosts(input.history);
  const pairCost = (a: string, b: string): number => cost.get(pairId(a, b)) ?? 0;
  // A per-pair tie-breaker drawn from the seed, so equal costs do not always favour the same order.
  const rank = new Map(order.map((id, index) => [id, index]));

  let best: { groups: string[][]; cost: number } | null = null;
  let steps = input.budget ?? DEFAULT_BUDGET;
  const groups: string[][] = [];

  const search = (remaining: readonly string[], spent: number, tripleUsed: boolean): void => {
    if (best !== null && (spent >= best.cost || steps <= 0)) return;
    steps -= 1;
    const [first, ...rest] = remaining;
    if (first === undefined) {
      best = { groups: groups.map((group) => [...group]), cost: spent };
      return;
    }
    const odd = remaining.length % 2 === 1 && !tripleUsed;
    const options: { group: string[]; cost: number }[] = [];
    // Three left and the triple still to make: only a triple keeps nobody alone.
    if (!odd || remaining.length >= 5) {
      for (const other of rest) options.push({ group: [first, other], cost: pairCost(first, other) });
    }
    if (odd) {
      // The first learner's cheapest partners only: every triple among a dozen, few enough at any size.
      const near = [...rest]
        .sort((x, y) => pairCost(first, x) - pairCost(first, y))
        .slice(0, TRIPLE_CANDIDATES);
      for (let i = 0; i < near.length; i++) {
        for (let j = i + 1; j < near.length; j++) {
          const [b, c] = [near[i] as string, near[j] as string];
          options.push({
            group: [first, b, c],
            cost: pairCost(first, b) + pairCost(first, c) + pairCost(b, c),
          });
        }
      }
    }
    options.sort((x, y) => x.cost - y.cost || tieOf(x.group, rank) - tieOf(y.group, rank));
    for (const option of options) {
      groups.push(option.group);
      const left = rest.filter((id) => !option.group.includes(id));
      search(left, spent + option.cost, tripleUsed || option.group.length === 3);
      groups.pop();
      if (best !== null && best.cost === 0) return;
    }
  };
  search(order, 0, false);
  const found = best as { groups: string[][] } | null;
  if (found === null) throw new Error('pairBuddies found no pairing');
  const sorted = found.groups.map((group) => [...group].sort());
  return { groups: sorted.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1)), alone: null };
}

/** The two ids of a pair, in one order, as one string. */
const pairId = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

// Last week's repeat outweighs every older one together: 2^(weeks - age).
function repeatCosts(history: PairingInput['history']): Map<string, number> {
  const costs = new Map<string, number>();
  history.forEach((week, age) => {
    const weight = 2 ** Math.max(0, history.length - age);
    for (const group of week) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const key = pairId(group[i] as string, group[j] as string);
          costs.set(key, (costs.get(key) ?? 0) + weight);
        }
      }
    }
  });
  return costs;
}

function tieOf(group: readonly string[], rank: ReadonlyMap<string, number>): number {
  return group.slice(1).reduce((sum, id) => sum + (rank.get(id) ?? 0), 0);
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A small seeded generator (FNV-1a of the seed, then mulberry32): the same seed, the same numbers. */
function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
