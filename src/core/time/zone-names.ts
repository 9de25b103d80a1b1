/**
 * IANA zone names as people know them today. Node 20's ICU still reports some zones under
 * names that were renamed years ago (`Asia/Calcutta` for `Asia/Kolkata`); a learner who types
 * the current name should see it back, and find it when searching.
 */
const CURRENT_NAME_OF: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
};

/** Discord shows at most 25 autocomplete choices. */
export const MAX_ZONE_SUGGESTIONS = 25;

/** Every zone this runtime knows, under its current name, UTC included. */
export function knownZoneNames(): string[] {
  const names = Intl.supportedValuesOf('timeZone').map((name) => CURRENT_NAME_OF[name] ?? name);
  return names.includes('UTC') ? names : ['UTC', ...names];
}

/**
 * The known zone spelled as `typed` but for case (`asia/kolkata` -> `Asia/Kolkata`), or null.
 * Lets a valid zone be stored as the learner wrote it rather than as ICU's older alias.
 */
export function zoneNameAsTyped(typed: string): string | null {
  const wanted = typed.trim().toLowerCase();
  return knownZoneNames().find((name) => name.toLowerCase() === wanted) ?? null;
}

/**
 * Zone names matching what a learner has typed so far, best first: a city that starts with it,
 * then a name that starts with it, then a name that contains it. Spaces count as underscores
 * (`new york` finds `America/New_York`). An empty query lists common zones alphabetically.
 */
export function suggestZoneNames(query: string, limit = MAX_ZONE_SUGGESTIONS): string[] {
  const wanted = query.trim().toLowerCase().replace(/\s+/g, '_');
  const names = knownZoneNames();
  if (wanted === '') return names.slice(0, limit);
  const rank = (name: string): number => {
    const lower = name.toLowerCase();
    if (cityOf(lower).startsWith(wanted)) return 0;
    if (lower.startsWith(wanted)) return 1;
    if (lower.includes(wanted)) return 2;
    return 3;
  };
  return names
    .map((name) => ({ name, rank: rank(name) }))
    .filter((entry) => entry.rank < 3)
    .sort(
      (a, b) =>
        a.rank - b.rank || cityOf(a.name).localeCompare(cityOf(b.name)) || a.name.localeCompare(b.name),
    )
    .slice(0, limit)
    .map((entry) => entry.name);
}

function cityOf(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
