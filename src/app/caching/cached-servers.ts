import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import type { Servers } from '../servers/servers.js';
import type { TtlCache } from './ttl-cache.js';

/**
 * Servers whose settings are kept per process for learner commands: every learner command
 * reads its server's cohort, so a burst of commands in one server costs one store read.
 *
 * Invalidation: setup, pause, resume, recaps, the day poll and nudges in this process drop that server's kept
 * cohort at once (guild commands reach the process that owns the guild); a change made by
 * another process shows once the entry's time is up.
 */
export function cachedServers(servers: Servers, kept: TtlCache<ServerSettings | null>): Servers {
  const dropAfter =
    <A extends unknown[], R>(run: (guildId: string, ...rest: A) => Promise<R>) =>
    async (guildId: string, ...rest: A): Promise<R> => {
      try {
        return await run(guildId, ...rest);
      } finally {
        kept.delete(guildId);
      }
    };
  return {
    ...servers,
    setup: dropAfter(servers.setup),
    pause: dropAfter(servers.pause),
    resume: dropAfter(servers.resume),
    setRecaps: dropAfter(servers.setRecaps),
    setDayPoll: dropAfter(servers.setDayPoll),
    setNudges: dropAfter(servers.setNudges),
    settingsOf: (guildId, now) => kept.get(guildId, now, () => servers.settingsOf(guildId, now)),
  };
}
