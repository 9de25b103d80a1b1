import { setTimeout as sleep } from 'node:timers/promises';
import { FIXTURE, type FakeDiscord } from '../test/support/fake-discord/index.js';

const CALLBACK_ROUTE = 'POST /interactions/:id/:token/callback';
const ANSWER_TIMEOUT_MS = 10_000;
// Lets work a bot does after answering (bookkeeping, the closed-DM notice check) end before the next burst.
const PAUSE_BETWEEN_ROUNDS_MS = 50;

/** Latencies of one bot, in ms. */
export interface LoadRun {
  /** The first warm-up round: the bot meets the learners (a coach creates their records). */
  readonly firstRound: readonly number[];
  readonly measured: readonly number[];
}

/**
 * Every user sends `/today` at once: all INTERACTION_CREATE events go out in one synchronous
 * burst. Each latency runs from the moment its event was sent on the gateway to the moment the
 * interaction callback (the first response, whatever its type) reached the fake's REST server.
 */
export async function burst(fake: FakeDiscord, userIds: readonly string[]): Promise<number[]> {
  const before = fake.requests.length;
  const sent = userIds.map((userId) => {
    const at = Date.now();
    return { at, handle: fake.interactions.slash({ name: 'today', userId, guildId: FIXTURE.guild }) };
  });
  await Promise.all(sent.map(({ handle }) => handle.reply(ANSWER_TIMEOUT_MS)));
  const arrivedAt = new Map<string, number>();
  for (const request of fake.requests.slice(before)) {
    if (request.route === CALLBACK_ROUTE) arrivedAt.set(request.path, request.time);
  }
  return sent.map(({ at, handle }) => {
    const arrived = arrivedAt.get(`/interactions/${handle.id}/${handle.token}/callback`);
    if (arrived === undefined) throw new Error(`no callback recorded for interaction ${handle.id}`);
    return arrived - at;
  });
}

/**
 * Warm-up bursts (in the first, a coach meets the learners), then `rounds` measured ones, taking
 * turns between the fakes (one bot behind each): a slow moment of the machine, a GC in the
 * harness or its JIT warming up falls on every bot alike instead of on whichever ran then.
 */
export async function runInTurns(
  fakes: readonly FakeDiscord[],
  userIds: readonly string[],
  options: { readonly warmUps: number; readonly rounds: number },
): Promise<LoadRun[]> {
  const runs = fakes.map(() => ({ firstRound: [] as number[], measured: [] as number[] }));
  for (let round = 0; round < options.warmUps + options.rounds; round += 1) {
    for (const [index, fake] of fakes.entries()) {
      await sleep(PAUSE_BETWEEN_ROUNDS_MS);
      const latencies = await burst(fake, userIds);
      const run = runs[index];
      if (round === 0) run?.firstRound.push(...latencies);
      if (round >= options.warmUps) run?.measured.push(...latencies);
    }
  }
  return runs;
}

/** Nearest-rank percentile of the values, `p` in 0..100. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}
