import { assessmentPathOf, loadAssessmentFile } from '../src/adapters/curriculum/load-assessment.js';
import { loadPlanFile } from '../src/adapters/curriculum/load-plan.js';
import { createLogger } from '../src/adapters/log/logger.js';
import { openStore } from '../src/adapters/store/open-store.js';
import { buildDiscordApp } from '../src/entry/discord.js';
import type { BenchBot, BotFlags } from './commands-under-load-bot.js';

/**
 * The Study Coach bot as `runDiscord` builds it (plan and assessment data, the store named by
 * the URL, the real clock, a JSON logger), minus the minute scheduler, which has nothing to do
 * with answering commands.
 */
export async function startCoachBot(flags: BotFlags): Promise<BenchBot> {
  const logger = createLogger({
    level: 'warn',
    write: (line) => process.stderr.write(line),
    secrets: [flags.token],
  });
  const loaded = await loadPlanFile(flags.plan);
  if (loaded.kind !== 'ok') throw new Error(`${flags.plan} did not load`);
  const assessment = await loadAssessmentFile(assessmentPathOf(flags.plan), loaded.plan);
  const store = await openStore(flags.store, { namespace: 'coach', logger });
  const app = buildDiscordApp({
    config: { DISCORD_API_URL: flags.api, POST_GRACE_HOURS: 12, LEARNER_TIMEZONE: undefined },
    plan: loaded.plan,
    store,
    clock: { now: () => new Date() },
    logger,
    assessmentMap: assessment.kind === 'ok' ? assessment.map : null,
    // As runDiscord builds it: the per-process caches on (a server's settings, the server note).
    caching: true,
  });
  await app.bot.start(flags.token);
  return {
    async stop() {
      await app.bot.stop(2_000);
      // The server notes written after an answer finish before the store closes, as in runDiscord.
      await app.app.settled();
      await store.close();
    },
  };
}
