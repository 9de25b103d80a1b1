import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { withDayThread } from '../../../src/app/delivery/day-thread.js';
import type { Logger, Notifier } from '../../../src/app/ports.js';
import { dayThreadOf, noteDayThread } from '../../../src/app/sharing/day-threads.js';
import { placeOfDay } from '../../../src/core/curriculum/plan-lookup.js';
import { realPlan } from '../../support/real-plan.js';

const silent: Logger = { info() {}, warn() {}, error() {} };
const place = placeOfDay(realPlan(), 31)!;

/** The one Notifier step a day post's thread uses, answering as scripted. */
function threadsThat(answer: Awaited<ReturnType<Notifier['openDayThread']>>): Notifier {
  return { openDayThread: async () => answer } as Partial<Notifier> as Notifier;
}

describe("GIVEN a server whose earlier cohort's Day 31 post opened a thread", () => {
  it("WHEN a later Day 31 post can't open its own thread THEN the earlier thread is no longer the day's", async () => {
    const store = createMemoryStore();
    await noteDayThread(store, 'g1', 31, 'old-thread');
    const notifier = threadsThat({ kind: 'forbidden', detail: 'Missing Permissions' });
    const io = withDayThread(
      { send: async () => ({ kind: 'sent', messageId: 'm2' }), find: async () => null },
      { notifier, logger: silent, channelId: 'c1', store, guildId: 'g1' },
      place,
    );
    expect(await io.send()).toEqual({ kind: 'sent', messageId: 'm2' });
    expect(await dayThreadOf(store, 'g1', 31)).toBeNull();
  });

  it('WHEN the later post opens its thread THEN that thread replaces the earlier one', async () => {
    const store = createMemoryStore();
    await noteDayThread(store, 'g1', 31, 'old-thread');
    const io = withDayThread(
      { send: async () => ({ kind: 'sent', messageId: 'm2' }), find: async () => null },
      {
        notifier: threadsThat({ kind: 'opened', threadId: 'new-thread' }),
        logger: silent,
        channelId: 'c1',
        store,
        guildId: 'g1',
      },
      place,
    );
    await io.send();
    expect(await dayThreadOf(store, 'g1', 31)).toBe('new-thread');
  });
});
