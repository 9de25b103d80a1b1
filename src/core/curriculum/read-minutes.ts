const DURATION = /^(?:(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?))?\s*(?:(\d+)\s*(?:m|mins?|minutes?))?$/i;
const TRAILING_TIME = /^(.*?\S)\s*\(([^()]+)\)$/;

/** Minutes in "30 min", "1 hour", "1.5 hours" or "1 h 30 min"; null when unreadable or not whole. */
export function readMinutes(duration: string): number | null {
  const match = DURATION.exec(duration.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  const minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
  return Number.isInteger(minutes) && minutes > 0 ? minutes : null;
}

/** "Exactly-Once Delivery (30 min)" -> the title and 30; a bracket that is not a time stays in the title. */
export function splitTrailingTime(title: string): {
  readonly title: string;
  readonly minutes: number | null;
} {
  const match = TRAILING_TIME.exec(title);
  const minutes = match ? readMinutes(match[2] ?? '') : null;
  return minutes === null ? { title, minutes: null } : { title: match?.[1] ?? title, minutes };
}
