import { describe, expect, it } from 'vitest';
import type { DmOpening } from '../../../src/app/delivery/dm-channels.js';
import { noWheel, type WheelPlacement } from '../../../src/app/delivery/wheel-placement.js';
import { createLearnerSession } from '../../../src/app/storage/learner-session.js';
import { Learners } from '../../../src/app/storage/learners.js';
import { createSettings } from '../../../src/app/study/settings.js';
import { createStudy } from '../../../src/app/study/study.js';
import type { Logger } from '../../../src/app/ports.js';
import type { Learner } from '../../../src/core/learner/learner.js';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { tinyPlan } from '../../support/tiny-plan.js';

const plan = tinyPlan();
const silent: Logger = { info() {}, warn() {}, error() {} };
const NOW = new Date('2026-06-01T06:00:00Z');
const who = { id: 'discord:1', displayName: 'Lin' };

/** The learner actions over a memory store, with the wheel and the DM opening written down as calls. */
function world(dms: DmOpening = { kind: 'open', channelId: 'dm-1' }) {
  const clock = { now: () => NOW };
  const learners = new Learners(createMemoryStore(), clock, silent);
  const calls: string[] = [];
  const wheel: WheelPlacement = {
    ...noWheel,
    placeReminder: async (learner: Learner) =>
      void calls.push(
        learner.reminderTime === null ? `unschedule ${learner.id}` : `schedule ${learner.reminderTime}`,
      ),
    placeWarning: async (learner: Learner) =>
      void calls.push(
        learner.streakWarningHour === null
          ? `no warning for ${learner.id}`
          : `warn at ${learner.streakWarningHour}`,
      ),
  };
  const openDm = async (id: string) => (calls.push(`open dm ${id}`), dms);
  const session = createLearnerSession({
    learners,
    clock,
    defaultTimezone: 'UTC',
    cohortOf: async () => null,
    noteServerLearner: async () => undefined,
    logger: silent,
  });
  const settings = createSettings({ plan, defaultTimezone: 'UTC', session, learners, wheel, openDm });
  const study = createStudy({ plan, session, defaultTimezone: 'UTC' });
  const actions = {
    updateSettings: settings.update,
    readyToComplete: study.readyToComplete,
    takeDmNotice: (learnerId: string) => settings.takeDmNotice({ id: learnerId, displayName: '' }),
  };
  return { learners, actions, calls };
}

describe('learner settings', () => {
  it('GIVEN a new learner WHEN timezone and reminder are set THEN both are saved and the reminder scheduled', async () => {
    const { actions, learners, calls } = world();
    const outcome = await actions.updateSettings(who, { timezone: 'europe/berlin', reminder: '7:30' });
    expect(outcome).toMatchObject({
      kind: 'settings',
      changed: true,
      timezone: 'Europe/Berlin',
      localDate: '2026-06-01',
      reminderTime: '07:30',
    });
    expect(await learners.load(who.id)).toMatchObject({
      learner: { timezone: 'Europe/Berlin', reminderTime: '07:30' },
    });
    // Placed before the DM channel is opened: a slow open must not make a near reminder late.
    expect(calls).toEqual(['schedule 07:30', `no warning for ${who.id}`, `open dm ${who.id}`]);
  });

  it('GIVEN a good timezone and a bad reminder WHEN set THEN nothing changes', async () => {
    const { actions, learners, calls } = world();
    await actions.updateSettings(who, {});
    expect(await actions.updateSettings(who, { timezone: 'Asia/Tokyo', reminder: '25:00' })).toEqual({
      kind: 'bad-time',
      input: '25:00',
    });
    expect(await learners.load(who.id)).toMatchObject({ learner: { timezone: 'UTC', reminderTime: null } });
    expect(calls).toEqual([]);
  });

  it('GIVEN reminders on WHEN turned off THEN the learner leaves the schedule', async () => {
    const { actions, calls } = world();
    await actions.updateSettings(who, { reminder: '08:00' });
    expect(await actions.updateSettings(who, { reminder: 'off' })).toMatchObject({ reminderTime: null });
    expect(calls).toEqual(['schedule 08:00', `open dm ${who.id}`, `unschedule ${who.id}`]);
  });

  it('GIVEN a learner WHEN the warning hour is set, changed and turned off THEN the warning is placed, moved and taken out; reminders untouched', async () => {
    const { actions, calls } = world();
    await actions.updateSettings(who, { warning: '20' });
    await actions.updateSettings(who, { warning: '21', leaderboard: 'off' });
    await actions.updateSettings(who, { leaderboard: 'on' });
    expect(await actions.updateSettings(who, { warning: 'off' })).toMatchObject({ streakWarningHour: null });
    expect(calls).toEqual(['warn at 20', 'warn at 21', `no warning for ${who.id}`]);
  });

  it('GIVEN a bad warning hour WHEN set with a reminder THEN nothing is saved, no DM is opened, nothing is placed', async () => {
    const { actions, calls } = world();
    expect(await actions.updateSettings(who, { reminder: '08:00', warning: '25' })).toEqual({
      kind: 'bad-hour',
      input: '25',
    });
    expect(calls).toEqual([]);
  });
});

describe('reminders turned on with DMs closed', () => {
  it('GIVEN Discord refuses to open the DM WHEN reminders and a timezone are set THEN reminders stay off, the timezone is saved, and the learner counts as told', async () => {
    const { actions, learners, calls } = world({ kind: 'closed', detail: '403' });
    expect(await actions.updateSettings(who, { reminder: '08:00', timezone: 'Europe/Berlin' })).toEqual({
      kind: 'dms-closed',
      timezone: 'Europe/Berlin',
      localDate: '2026-06-01',
      reminderTime: null,
      firstReminder: null,
      streakWarningHour: null,
      leaderboard: true,
    });
    expect(await learners.load(who.id)).toMatchObject({
      learner: { timezone: 'Europe/Berlin', reminderTime: null, dmBlocked: 'told' },
    });
    expect(calls).toEqual([
      'schedule 08:00',
      `no warning for ${who.id}`,
      `open dm ${who.id}`,
      `unschedule ${who.id}`,
    ]);
    expect(await actions.takeDmNotice(who.id)).toBe(false);
  });

  it('GIVEN opening the DM fails in passing WHEN reminders are set THEN they are on, and the first reminder opens it', async () => {
    const { actions, calls } = world({ kind: 'failed', refusal: 'failed', detail: '503' });
    expect(await actions.updateSettings(who, { reminder: '08:00' })).toMatchObject({
      kind: 'settings',
      reminderTime: '08:00',
    });
    expect(calls).toEqual(['schedule 08:00', `open dm ${who.id}`]);
  });
});

describe('closed-DM notice', () => {
  it('GIVEN DMs found closed WHEN the notice is taken twice THEN only the first says so, and it is remembered', async () => {
    const { actions, learners } = world();
    const blocked = {
      ...newLearner({ ...who, timezone: 'UTC', startDate: '2026-06-01' }),
      dmBlocked: 'blocked' as const,
    };
    await learners.save(blocked);
    expect(await actions.takeDmNotice(who.id)).toBe(true);
    expect(await actions.takeDmNotice(who.id)).toBe(false);
    expect(await learners.load(who.id)).toMatchObject({ learner: { dmBlocked: 'told' } });
  });
});

describe('ready to complete', () => {
  it('GIVEN a new learner WHEN asking about Day 31, 32 and 99 THEN ready, not-current, no-such-day', async () => {
    const { actions } = world();
    expect(await actions.readyToComplete(who, 31)).toEqual({ kind: 'ready', day: 31 });
    expect(await actions.readyToComplete(who, 32)).toMatchObject({ kind: 'not-current', current: 31 });
    expect(await actions.readyToComplete(who, 99)).toMatchObject({ kind: 'no-such-day' });
  });
});
