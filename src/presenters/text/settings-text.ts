/** The streak warning setting in words. */
export function streakWarningLine(hour: number | null): string {
  if (hour === null) return 'Streak warning: off.';
  return `Streak warning: at ${String(hour).padStart(2, '0')}:00 your time, on days your streak is at risk.`;
}

/** The leaderboard setting in words. */
export function leaderboardLine(shown: boolean): string {
  return shown ? 'Leaderboard and recaps: you are shown.' : 'Leaderboard and recaps: you are hidden.';
}

/** A streak warning hour that could not be read. */
export function renderBadHour(input: string): string {
  return `"${input.slice(0, 20)}" isn't an hour I can use. Give an hour from 0 to 23 (like 20 for 8 pm), or off. Nothing was changed.`;
}

/** A leaderboard switch that could not be read. */
export function renderBadSwitch(input: string): string {
  return `"${input.slice(0, 20)}" isn't on or off. Nothing was changed.`;
}
