import { describe, expect, it } from 'vitest';
import { pairBuddies, type BuddyPairing } from '../../../src/core/buddies/pair-buddies.js';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `l${String(i).padStart(3, '0')}`);
const pairsOf = (groups: BuddyPairing['groups']): Set<string> => {
  const pairs = new Set<string>();
  for (const group of groups)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) pairs.add([group[i], group[j]].sort().join('+'));
  return pairs;
};

/** Whether the learners can be grouped (pairs, one triple when odd) with none of `taken`'s pairs: brute force. */
function repeatFreeExists(learners: readonly string[], taken: ReadonlySet<string>): boolean {
  const ok = (a: string, b: string) => !taken.has([a, b].sort().join('+'));
  const go = (left: readonly string[], tripleUsed: boolean): boolean => {
    const [first, ...rest] = left;
    if (first === undefined) return true;
    const odd = left.length % 2 === 1 && !tripleUsed;
    if (!odd || left.length >= 5)
      for (const b of rest)
        if (
          ok(first, b) &&
          go(
            rest.filter((x) => x !== b),
            tripleUsed,
          )
        )
          return true;
    if (odd)
      for (const b of rest)
        for (const c of rest)
          if (
            b < c &&
            ok(first, b) &&
            ok(first, c) &&
            ok(b, c) &&
            go(
              rest.filter((x) => x !== b && x !== c),
              true,
            )
          )
            return true;
    return false;
  };
  return go(learners, false);
}

describe('GIVEN learners who joined buddies', () => {
  it('WHEN nobody joined THEN no groups; WHEN one joined THEN they are alone', () => {
    expect(pairBuddies({ learners: [], history: [], seed: 's' })).toEqual({ groups: [], alone: null });
    expect(pairBuddies({ learners: ['a'], history: [], seed: 's' })).toEqual({ groups: [], alone: 'a' });
  });

  it('WHEN two or three joined THEN they are one group', () => {
    expect(pairBuddies({ learners: ['b', 'a'], history: [], seed: 's' })).toEqual({
      groups: [['a', 'b']],
      alone: null,
    });
    expect(pairBuddies({ learners: ['c', 'a', 'b'], history: [], seed: 's' }).groups).toEqual([
      ['a', 'b', 'c'],
    ]);
  });

  it.each(Array.from({ length: 40 }, (_, n) => n + 2))(
    'WHEN %i joined THEN everyone is placed once, in pairs, with one group of three only when odd',
    (n) => {
      for (const seed of ['guild-1:2026-06-01', 'guild-2:2026-06-08', 'x']) {
        const { groups, alone } = pairBuddies({ learners: ids(n), history: [], seed });
        const placed = groups.flat();
        expect(alone).toBeNull();
        expect(placed.sort()).toEqual(ids(n));
        const triples = groups.filter((group) => group.length === 3);
        expect(triples).toHaveLength(n % 2);
        expect(groups.every((group) => group.length === 2 || group.length === 3)).toBe(true);
      }
    },
  );

  it('WHEN the same seed is given twice, in any input order THEN the same pairs; another seed may differ', () => {
    const a = pairBuddies({ learners: ids(12), history: [], seed: 'g:2026-06-01' });
    const b = pairBuddies({ learners: ids(12).reverse(), history: [], seed: 'g:2026-06-01' });
    expect(b).toEqual(a);
    const seeds = Array.from({ length: 8 }, (_, i) => `g:week-${i}`);
    const distinct = new Set(
      seeds.map((seed) => JSON.stringify(pairBuddies({ learners: ids(12), history: [], seed }))),
    );
    expect(distinct.size).toBeGreaterThan(1);
  });

  it.each(Array.from({ length: 11 }, (_, n) => n + 2))(
    'WHEN %i learners are paired week after week THEN no pair repeats while a repeat-free pairing exists',
    (n) => {
      const learners = ids(n);
      const history: BuddyPairing['groups'][] = [];
      for (let week = 0; week < 8; week++) {
        const taken = new Set(history.flatMap((groups) => [...pairsOf(groups)]));
        const { groups } = pairBuddies({ learners, history, seed: `g:${week}` });
        if (repeatFreeExists(learners, taken)) {
          for (const pair of pairsOf(groups)) expect(taken.has(pair), `week ${week}: ${pair}`).toBe(false);
        }
        history.unshift(groups);
      }
    },
  );

  it('WHEN a repeat cannot be avoided THEN the oldest pair repeats, not last week’s', () => {
    // Four learners have three ways to pair; after three weeks every pair is taken.
    const learners = ['a', 'b', 'c', 'd'];
    const history = [
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [
        ['a', 'c'],
        ['b', 'd'],
      ],
      [
        ['a', 'd'],
        ['b', 'c'],
      ],
    ];
    const { groups } = pairBuddies({ learners, history, seed: 's' });
    expect(groups).toEqual([
      ['a', 'd'],
      ['b', 'c'],
    ]);
  });

  it('WHEN many learners joined THEN pairing stays quick and repeat-free after a week', () => {
    const learners = ids(301);
    const first = pairBuddies({ learners, history: [], seed: 'big:1' });
    const started = performance.now();
    const second = pairBuddies({ learners, history: [first.groups], seed: 'big:2' });
    expect(performance.now() - started).toBeLessThan(2_000);
    const taken = pairsOf(first.groups);
    for (const pair of pairsOf(second.groups)) expect(taken.has(pair)).toBe(false);
    expect(second.groups.flat()).toHaveLength(301);
  });
});
