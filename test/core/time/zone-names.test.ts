import { describe, expect, it } from 'vitest';
import {
  MAX_ZONE_SUGGESTIONS,
  knownZoneNames,
  suggestZoneNames,
  zoneNameAsTyped,
} from '../../../src/core/time/zone-names.js';

describe('GIVEN the zone names a learner can choose from', () => {
  it('WHEN listing them THEN current names replace ICU aliases, UTC included, each valid and unique', () => {
    const names = knownZoneNames();
    expect(names).toContain('Asia/Kolkata');
    expect(names).toContain('Europe/Kyiv');
    expect(names).not.toContain('Asia/Calcutta');
    expect(names).toContain('UTC');
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(() => new Intl.DateTimeFormat('en', { timeZone: name })).not.toThrow();
  });

  it.each([
    ['kolk', 'Asia/Kolkata'],
    ['new york', 'America/New_York'],
    ['Berl', 'Europe/Berlin'],
    ['europe/ber', 'Europe/Berlin'],
    ['utc', 'UTC'],
  ])('WHEN a learner types %j THEN %s is the first suggestion', (query, expected) => {
    expect(suggestZoneNames(query)[0]).toBe(expected);
  });

  it('WHEN the query matches many zones THEN at most 25 come back, cities starting with it first', () => {
    const city = (name: string) => name.slice(name.lastIndexOf('/') + 1).toLowerCase();
    expect(suggestZoneNames('ber')).toEqual(['Europe/Berlin', 'Atlantic/Bermuda']);
    const suggestions = suggestZoneNames('ant');
    expect(suggestions.length).toBeLessThanOrEqual(MAX_ZONE_SUGGESTIONS);
    const tier = (name: string) =>
      city(name).startsWith('ant') ? 0 : name.toLowerCase().startsWith('ant') ? 1 : 2;
    const tiers = suggestions.map(tier);
    expect(tiers).toEqual([...tiers].sort());
    expect(new Set(tiers)).toEqual(new Set([0, 1, 2]));
    expect(suggestZoneNames('a')).toHaveLength(MAX_ZONE_SUGGESTIONS);
  });

  it('WHEN nothing matches THEN there are no suggestions', () => {
    expect(suggestZoneNames('Mars/Olympus')).toEqual([]);
  });

  it('WHEN asking for a name as typed THEN only the case is fixed, and unknown names give null', () => {
    expect(zoneNameAsTyped('  america/new_york ')).toBe('America/New_York');
    expect(zoneNameAsTyped('Mars/Olympus_Mons')).toBeNull();
  });
});
