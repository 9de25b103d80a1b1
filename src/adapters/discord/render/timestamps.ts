/**
 * Discord's timestamp styles: `t` 16:20, `T` 16:20:30, `d` 20/04/2021, `D` 20 April 2021,
 * `f` 20 April 2021 16:20, `F` Tuesday, 20 April 2021 16:20, `R` 2 months ago.
 */
export type TimestampStyle = 't' | 'T' | 'd' | 'D' | 'f' | 'F' | 'R';

/**
 * A Discord timestamp tag (`<t:1618953630:F>`) that each reader sees in their own time zone.
 * Without a style Discord shows `f`. Seconds are floored, as Discord expects whole seconds.
 */
export function discordTimestamp(date: Date | number, style?: TimestampStyle): string {
  const ms = typeof date === 'number' ? date : date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('discordTimestamp needs a valid date');
  const seconds = Math.floor(ms / 1000);
  return style === undefined ? `<t:${seconds}>` : `<t:${seconds}:${style}>`;
}
