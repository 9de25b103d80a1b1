/**
 * The core's one memo, and the only module-level state the architecture test allows in
 * src/core: one `Intl.DateTimeFormat` per zone. Building a formatter costs about 95 µs against
 * about 12 µs for using one, and a learner command reads its zone's clock several times, so
 * every command would pay for new ones (`npm run bench`, commands under load). A formatter is
 * immutable and answers the same for the same instant, so keeping it changes no result.
 *
 * Invalidation: none. A zone's rules are compiled into the runtime and cannot change while the
 * process runs; the memo holds at most one formatter per zone the coach was asked about.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock formatter of `timeZone`, built on first use. Throws on an unknown zone. */
export function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
