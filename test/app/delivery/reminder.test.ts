import { describe, expect, it } from 'vitest';
import { tinyPlan } from '../../support/tiny-plan.js';
import { buildCoach } from './daily-posts-fixture.js';
import { dmChannelKey } from '../../../src/app/delivery/dm-channels.js';
import { learnerKeys } from '../../../src/app/storage/learner-keys.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';

const plan = tinyPlan({ first: 31, count: 20 });
const NY = { timezone: 'America/New_York', startDate: '2026-03-01' };

const dmTimes = (coach: ReturnType<typeof buildCoach>) => coach.notifier.messages.map((m) => m.at);

describe('GIVEN a learner in America/New_York with a DM reminder', () => {
  it('WHEN clocks spring forward on 2026-03-08 THEN the 08:00 reminder follows the wall clock, once a day', async () => {
    const coach = buildCoach(plan, '2026-03-07T00:00:00Z');
    await coach.enrol('u1', { ...NY, reminderTime: '08:00' });

    await coach.tickEveryMinuteUntil('2026-03-09T23:59:00Z');

    expect(dmTimes(coach)).toEqual([
      '2026-03-07T13:00:00.000Z',
      '2026-03-08T12:00:00.000Z',
      '2026-03-09T12:00:00.000Z',
    ]);
    expect(coach.notifier.messages.every((m) => m.day === 31 && m.channelId === 'dm-u1')).toBe(true);
  });

  it('WHEN 02:30 does not exist on 2026-03-08 THEN that day it comes at 03:30 EDT, once', async () => {
    const coach = buildCoach(plan, '2026-03-07T00:00:00Z');
    await coach.enrol('u1', { ...NY, reminderTime: '02:30' });

    await coach.tickEveryMinuteUntil('2026-03-09T23:59:00Z');

    expect(dmTimes(coach)).toEqual([
      '2026-03-07T07:30:00.000Z',
      '2026-03-08T07:30:00.000Z',
      '2026-03-09T06:30:00.000Z',
    ]);
  });

  it('WHEN clocks fall back on 2026-11-01 THEN 01:30 (which happens twice) is reminded once, and 08:00 at 13:00Z', async () => {
    const early = buildCoach(plan, '2026-10-31T00:00:00Z');
    await early.enrol('u1', { ...NY, startDate: '2026-10-01', reminderTime: '01:30' });
    const late = buildCoach(plan, '2026-10-31T00:00:00Z');
    await late.enrol('u2', { ...NY, startDate: '2026-10-01', reminderTime: '08:00' });

    await early.tickEveryMinuteUntil('2026-11-02T23:59:00Z');
    await late.tickEveryMinuteUntil('2026-11-02T23:59:00Z');

    expect(dmTimes(early)).toEqual([
      '2026-10-31T05:30:00.000Z',
      '2026-11-01T05:30:00.000Z',
      '2026-11-02T06:30:00.000Z',
    ]);
    expect(dmTimes(late)).toEqual([
      '2026-10-31T12:00:00.000Z',
      '2026-11-01T13:00:00.000Z',
      '2026-11-02T13:00:00.000Z',
    ]);
  });

  it('WHEN they move their reminder later on a day it already went out THEN no second DM that day', async () => {
    const coach = buildCoach(plan, '2026-03-10T11:00:00Z');
    const learner = await coach.enrol('u1', { ...NY, reminderTime: '08:00' });
    await coach.tickEveryMinuteUntil('2026-03-10T12:05:00Z');
    await coach.wheel.placeReminder({ ...learner, reminderTime: '10:00' }, coach.clock.now());
    await coach.learners.save({ ...learner, reminderTime: '10:00' });

    await coach.tickEveryMinuteUntil('2026-03-11T14:05:00Z');

    expect(dmTimes(coach)).toEqual(['2026-03-10T12:00:00.000Z', '2026-03-11T14:00:00.000Z']);
  });
});

describe('GIVEN a learner whose DMs are closed', () => {
  it('WHEN the reminder gets a 403 THEN reminders are switched off after that one attempt', async () => {
    const coach = buildCoach(plan, '2026-03-10T11:59:00Z');
    await coach.enrol('u1', { ...NY, reminderTime: '08:00' });
    coach.notifier.fail('u1', { kind: 'forbidden', detail: '403 50007: Cannot send messages to this user' });

    await coach.tickEveryMinuteUntil('2026-03-12T13:00:00Z');

    expect(coach.notifier.calls.filter((call) => call === 'dm u1')).toHaveLength(1);
    const loaded = await coach.learners.load('discord:u1');
    expect(loaded).toMatchObject({ kind: 'found', learner: { dmBlocked: 'blocked', reminderTime: null } });
    expect(await coach.store.get('due-at:remind:discord:u1')).toBeUndefined();
  });
});

describe('GIVEN the DM channel id cache', () => {
  it('WHEN reminding on two days and after a restart THEN only the first reminder opens the channel', async () => {
    const store = createMemoryStore();
    const first = buildCoach(plan, '2026-03-10T11:59:00Z', { store });
    await first.enrol('u1', { ...NY, reminderTime: '08:00' });

    await first.tick('2026-03-10T12:00:00Z');
    await first.tick('2026-03-11T12:00:00Z');
    const restarted = buildCoach(plan, '2026-03-12T12:00:00Z', { store });
    await restarted.tick();

    expect(first.notifier.calls).toEqual(['open u1', 'dm u1', 'dm u1']);
    expect(restarted.notifier.calls).toEqual(['dm u1']);
    expect(await store.get(dmChannelKey('u1'))).toBe('dm-u1');
    expect(await learnerKeys(store, 'discord:u1')).toContain(dmChannelKey('u1'));
  });

  it('WHEN the process dies after the DM went out THEN the restart finds it and sends nothing', async () => {
    const coach = buildCoach(plan, '2026-03-10T11:59:00Z');
    await coach.enrol('u1', { ...NY, reminderTime: '08:00' });
    coach.notifier.fail('u1', { kind: 'crash-after-send' });

    await coach.tick('2026-03-10T12:00:00Z');
    await coach.tick('2026-03-10T12:30:00Z');

    expect(coach.notifier.messages).toHaveLength(1);
    expect(coach.notifier.calls).toEqual(['open u1', 'dm u1', 'find dm-u1']);
  });
});
