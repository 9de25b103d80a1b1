import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { START, adminSetup, useBot, type BotSession } from './bot-session.js';

const learnerId = `discord:${FIXTURE.learner}`;
const PROOF = 'Ran the word count on the cluster';

/** Day 31 posted with its thread (two scheduler passes a minute apart); the thread's id. */
async function postDay31(bot: BotSession): Promise<string> {
  await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
  bot.setNow(START);
  await bot.app.app.runSchedulerPass();
  bot.setNow(new Date(START.getTime() + 60_000));
  await bot.app.app.runSchedulerPass();
  const thread = (bot.fake.world.guilds.get(FIXTURE.guild)?.channels ?? []).find(
    (channel) => channel.type === 11 && channel.parentId === FIXTURE.studyChannel,
  );
  if (thread === undefined) throw new Error('no day thread');
  return thread.id;
}

const setShareDefault = (bot: BotSession, share: 'on' | 'off') =>
  bot.fake.interactions.slash({ name: 'settings', options: { share }, userId: FIXTURE.learner }).reply();

/** Opens Day 31's form with Submit proof; the form Discord got. */
async function openForm(bot: BotSession, where: { guildId?: null; userInstall?: boolean } = {}) {
  const opened = await bot.fake.interactions
    .button({ customId: 'day:proof:31', userId: FIXTURE.learner, ...where })
    .callback();
  expect(opened.type).toBe(9);
  return opened.data as Json;
}

/** The share select of a form, or undefined when it has none. */
const shareSelect = (form: Json): Json | undefined =>
  (form.components as Json[])
    .map((label) => label.component as Json)
    .find((component) => component.custom_id === 'share');

const send = (bot: BotSession, selects?: Record<string, string[]>) =>
  bot.fake.interactions
    .modal({
      customId: 'proof:31',
      fields: { proof: PROOF, link: '' },
      ...(selects === undefined ? {} : { selects }),
      userId: FIXTURE.learner,
    })
    .reply();

describe('GIVEN Day 31 posted with its thread, and the Submit proof form', () => {
  const bot = useBot();

  it('WHEN a learner who never turned sharing on opens it THEN it asks whether to share, "Keep it private" pre-selected, one answer required', async () => {
    await postDay31(bot);
    const form = await openForm(bot);
    expect(form.components).toHaveLength(4);
    expect((form.components as Json[])[3]).toEqual({
      type: 18,
      label: 'Share it with the cohort?',
      description: 'Your default is set with /settings share; /unshare takes a shared proof back.',
      component: {
        type: 3,
        custom_id: 'share',
        placeholder: 'Share it, or keep it private',
        required: true,
        min_values: 1,
        max_values: 1,
        options: [
          { label: "Share with the cohort in the day's thread", value: 'share' },
          { label: 'Keep it private', value: 'private', default: true },
        ],
      },
    });
  });

  it('WHEN a learner who shares by default opens it THEN "Share with the cohort" is pre-selected, and sent as it is the proof is shared', async () => {
    const thread = await postDay31(bot);
    await setShareDefault(bot, 'on');
    const form = await openForm(bot);
    expect(shareSelect(form)?.options).toEqual([
      { label: "Share with the cohort in the day's thread", value: 'share', default: true },
      { label: 'Keep it private', value: 'private' },
    ]);
    const reply = await send(bot);
    expect(String(reply.content)).toContain('Shared with the cohort in the Day 31 thread.');
    expect(bot.fake.channelMessages(thread)).toHaveLength(1);
  });

  it("WHEN sharing is off by default but the learner chooses to share THEN the proof is posted in the day's thread, with an Unshare button under the reply", async () => {
    const thread = await postDay31(bot);
    await openForm(bot);
    const reply = await send(bot, { share: ['share'] });
    expect(String(reply.content)).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(String(reply.content)).toContain('Shared with the cohort in the Day 31 thread.');
    const [shared, ...more] = bot.fake.channelMessages(thread) as Json[];
    expect(more).toEqual([]);
    expect((shared?.embeds as Json[])[0]).toMatchObject({
      title: 'Lin finished Day 31 · Spark Architecture',
      description: PROOF,
    });
    const buttons = (reply.components as Json[]).flatMap((row) => row.components as Json[]);
    expect(buttons.map((button) => button.custom_id)).toEqual(['unshare:31']);
    expect(await bot.store.setMembers(`shared-proofs:${learnerId}`)).toHaveLength(1);
  });

  it('WHEN sharing is on by default but the learner chooses "Keep it private" THEN the day is done and nothing is posted', async () => {
    const thread = await postDay31(bot);
    await setShareDefault(bot, 'on');
    await openForm(bot);
    const reply = await send(bot, { share: ['private'] });
    expect(String(reply.content)).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(String(reply.content)).not.toContain('hared');
    expect(reply.components).toEqual([]);
    expect(bot.fake.channelMessages(thread)).toEqual([]);
    expect(await bot.store.get(`share-default:${learnerId}`)).toBe(true);
  });
});

describe('GIVEN a proof form opened before it had the share choice (no select in the submission)', () => {
  const bot = useBot();

  it('WHEN it is sent by a learner who shares by default THEN the default applies and the proof is shared', async () => {
    const thread = await postDay31(bot);
    await setShareDefault(bot, 'on');
    const reply = await send(bot);
    expect(String(reply.content)).toContain('Shared with the cohort in the Day 31 thread.');
    expect(bot.fake.channelMessages(thread)).toHaveLength(1);
  });

  it('WHEN it is sent by a learner who never turned sharing on THEN the day is done and nothing is posted', async () => {
    const thread = await postDay31(bot);
    const reply = await send(bot);
    expect(String(reply.content)).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(String(reply.content)).not.toContain('hared');
    expect(bot.fake.channelMessages(thread)).toEqual([]);
  });
});

describe('GIVEN the Submit proof form opened where there is no cohort thread', () => {
  const bot = useBot();

  it.each([
    ['in a DM', { guildId: null }],
    ["through the learner's own install of the app", { userInstall: true }],
  ] as const)(
    'WHEN it opens %s THEN it has no share choice, and sent it completes the day',
    async (_, where) => {
      const form = await openForm(bot, where);
      expect(shareSelect(form)).toBeUndefined();
      expect(form.components).toHaveLength(3);
      const reply = await bot.fake.interactions
        .modal({
          customId: 'proof:31',
          fields: { proof: PROOF, link: '' },
          userId: FIXTURE.learner,
          ...where,
        })
        .reply();
      expect(String(reply.content)).toMatch(/^Day 31 · Spark Architecture: done\./);
    },
  );
});

/** A store that takes 250 ms for every read. */
const slow = (store: Store): Store => ({
  ...store,
  get: async (key) => {
    await sleep(250);
    return store.get(key);
  },
});

describe('GIVEN a store too slow to read the sharing default before the form must open', () => {
  const bot = useBot({ store: slow, deferAfterMs: 100 });

  it('WHEN Submit proof is clicked THEN the form opens with the share choice and nothing pre-selected: the learner picks', async () => {
    const form = await openForm(bot);
    const options = shareSelect(form)?.options as Json[];
    expect(options.map((option) => option.value)).toEqual(['share', 'private']);
    expect(options.some((option) => option.default === true)).toBe(false);
    expect(() =>
      bot.fake.interactions.modal({
        customId: 'proof:31',
        fields: { proof: PROOF },
        userId: FIXTURE.learner,
      }),
    ).toThrow('at least 1');
    const reply = await bot.fake.interactions
      .modal({
        customId: 'proof:31',
        fields: { proof: PROOF },
        selects: { share: ['private'] },
        userId: FIXTURE.learner,
      })
      .reply(5_000);
    expect(String(reply.content)).toMatch(/^Day 31 · Spark Architecture: done\./);
  });
});
