import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordNotifier } from '../../../../src/adapters/discord/messaging/discord-notifier.js';
import type { Notifier } from '../../../../src/app/ports.js';
import { placeOfDay } from '../../../../src/core/curriculum/plan-lookup.js';
import {
  FIXTURE,
  forumWorld,
  startFakeDiscord,
  type FakeDiscord,
  type Json,
} from '../../../support/fake-discord/index.js';
import { tinyPlan } from '../../../support/tiny-plan.js';

const plan = tinyPlan({ first: 31, count: 5 });
const request = (nonce: string) => ({ place: placeOfDay(plan, 32)!, planDays: 5, nonce });
const FORUM = FIXTURE.forumChannel;
const PROJECT_TAG = '1230000000000000007';

let fake: FakeDiscord;
let rest: REST;
let notifier: Notifier;

beforeEach(async () => {
  fake = await startFakeDiscord({ world: forumWorld({ tags: [{ id: PROJECT_TAG, name: 'Project' }] }) });
  rest = new REST({ api: fake.apiUrl, retries: 1 }).setToken(fake.token);
  notifier = createDiscordNotifier(rest);
});

afterEach(async () => {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
  await fake.close();
});

const forumPostRequests = () =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${FORUM}/threads`);

describe('GIVEN the Discord notifier and a forum with a "Project" tag', () => {
  it('WHEN posting a day tagged project and solved THEN one post named for the day, tagged with the tag the forum has, no mentions, no nonce', async () => {
    const outcome = await notifier.postDayInForum(FORUM, request('aaaaaaaaaaaaaaaaaaaa'), [
      'project',
      'solved',
    ]);

    expect(outcome).toEqual({ kind: 'sent', messageId: expect.any(String) });
    const [sent] = forumPostRequests();
    expect(sent?.body).toMatchObject({
      name: 'Day 32 · Topic 32',
      applied_tags: [PROJECT_TAG],
      message: { allowed_mentions: { parse: [] }, embeds: [{ title: 'Day 32 · Topic 32' }] },
    });
    expect((sent?.body as Json).message).not.toHaveProperty('nonce');
    const id = outcome.kind === 'sent' ? outcome.messageId : '';
    expect(fake.channelMessages(id).map((message) => message.id)).toEqual([id]);
  });

  it('WHEN looking for posts by nonce THEN its own post is found, another nonce is not', async () => {
    const sent = await notifier.postDayInForum(FORUM, request('bbbbbbbbbbbbbbbbbbbb'), []);
    await notifier.postTextInForum(FORUM, '**Module 5 is complete.**\nWell done.', 'cccccccccccccccccccc');

    expect(await notifier.findForumPost(FORUM, 'bbbbbbbbbbbbbbbbbbbb')).toBe(
      sent.kind === 'sent' ? sent.messageId : 'none',
    );
    expect(await notifier.findForumPost(FORUM, 'dddddddddddddddddddd')).toBeNull();
    expect(forumPostRequests().map((r) => (r.body as Json).name)).toEqual([
      'Day 32 · Topic 32',
      'Module 5 is complete.',
    ]);
  });

  it('WHEN the forum cannot be read THEN the lookup says so instead of "absent"', async () => {
    fake.faults.fail(`/guilds/${FIXTURE.guild}/threads/active`, 403, {
      code: 50001,
      message: 'Missing Access',
    });
    expect(await notifier.findForumPost(FORUM, 'eeeeeeeeeeeeeeeeeeee')).toEqual({
      unreadable: expect.stringContaining('403'),
    });
  });
});
