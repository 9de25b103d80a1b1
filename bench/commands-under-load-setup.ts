import { writeFile } from 'node:fs/promises';
import { commandsFor } from '../src/adapters/discord/commands/index.js';
import { deployCommands } from '../src/adapters/discord/deploy.js';
import { dayMessage } from '../src/adapters/discord/render/day-message.js';
import { openStore } from '../src/adapters/store/open-store.js';
import { Learners } from '../src/app/storage/learners.js';
import type { Logger } from '../src/app/ports.js';
import { noteServerLearner } from '../src/app/storage/server-learners.js';
import { placeOfDay } from '../src/core/curriculum/plan-lookup.js';
import type { Plan } from '../src/core/curriculum/plan.js';
import { newLearner } from '../src/core/learner/new-learner.js';
import { FIXTURE, type FakeDiscord } from '../test/support/fake-discord/index.js';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The cohort's first day: three days ago in UTC, so it is on Day 34 and newcomers are 3 behind. */
export const cohortStart = (now: Date): string =>
  new Date(now.getTime() - 3 * 86_400_000).toISOString().slice(0, 10);

/** Registers the real slash commands in the fake's guild, as `npm run deploy-commands` does. */
export async function deployToFake(fake: FakeDiscord): Promise<void> {
  await deployCommands(
    { token: fake.token, apiUrl: fake.apiUrl, guildId: FIXTURE.guild },
    commandsFor({ first: 31, last: 60 }),
    quiet,
  );
}

/** An admin runs `/coach setup` against the running bot; throws unless it was accepted. */
export async function setUpCohort(fake: FakeDiscord, now: Date): Promise<void> {
  const used = fake.interactions.slash({
    name: 'coach',
    subcommand: 'setup',
    options: {
      channel: { channel: FIXTURE.studyChannel },
      time: '09:00',
      timezone: 'UTC',
      start: cohortStart(now),
    },
    userId: FIXTURE.admin,
    guildId: FIXTURE.guild,
  });
  const reply = await used.reply(10_000);
  if (!String(reply.content).startsWith('Set up.'))
    throw new Error(`/coach setup refused: ${String(reply.content)}`);
}

/**
 * Fills a store file with learners who used the coach in the guild before, so the 50 of the
 * bench are read from a table that is not empty.
 */
export async function seedStore(
  url: string,
  count: number,
  now: Date,
  options: { readonly reminders?: boolean } = {},
): Promise<void> {
  const store = await openStore(url, { namespace: 'coach', logger: quiet });
  const learners = new Learners(store, { now: () => now }, quiet);
  try {
    for (let i = 0; i < count; i += 1) {
      const id = `discord:${1_500_000_000_000_000_000n + BigInt(i)}`;
      const learner = newLearner({
        id,
        displayName: `seed-${i}`,
        timezone: 'UTC',
        startDate: cohortStart(now),
      });
      await learners.save(options.reminders === true ? { ...learner, reminderTime: '09:00' } : learner);
      await noteServerLearner(store, FIXTURE.guild, id);
    }
  } finally {
    await store.close();
  }
}

/** The bare bot's answer, written to `path`: what the coach answers a newcomer, computed once. */
export async function writeBareReply(path: string, plan: Plan): Promise<void> {
  const place = placeOfDay(plan, plan.days[0]?.day ?? 31);
  if (place === undefined) throw new Error('the plan has no first day');
  const day = dayMessage(place, plan.days.length, { buttons: true, includeAsk: false });
  const content = "The cohort is on Day 34; you're 3 behind.\nStreak: 0 days (longest 0)";
  await writeFile(path, JSON.stringify({ ...day, content }));
}
