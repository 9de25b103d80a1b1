import { DiscordAPIError, Routes, type Client, type TextChannel } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE } from './fixtures.js';
import { useFakeDiscord } from './hooks.js';

const study = (client: Client) => client.channels.cache.get(FIXTURE.studyChannel) as TextChannel;
const codeOf = (error: unknown) => (error instanceof DiscordAPIError ? error.code : error);

describe('fake Discord limits and faults, seen by discord.js', () => {
  const session = useFakeDiscord();

  it('GIVEN a 502 once WHEN the bot sends THEN discord.js retries and succeeds', async () => {
    const { fake, client } = session;
    fake.faults.fail('/channels/:id/messages', 502, { method: 'POST' });
    await study(client).send('after the outage');
    expect(fake.stats().byStatus).toMatchObject({ '502': 1, '200': expect.any(Number) });
    expect(fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);
  });

  it('GIVEN a 403 after one request WHEN the bot sends twice THEN the first goes through and the second is refused', async () => {
    const { fake, client } = session;
    fake.faults.fail('/channels/:id/messages', 403, { method: 'POST', after: 1, code: 50007 });
    await study(client).send('first');
    await expect(study(client).send('second')).rejects.toMatchObject({ status: 403, code: 50007 });
    expect(fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);
    expect(fake.faults.pending()).toBe(0);
  });

  it('GIVEN a global limit of 4/s WHEN 6 requests go at once THEN some get a global 429 and all succeed', async () => {
    const { fake, client } = session;
    fake.setGlobalRateLimit(4);
    await Promise.all(Array.from({ length: 6 }, () => client.rest.get(Routes.user('@me'))));
    expect(fake.stats().globalRateLimited).toBeGreaterThan(0);
    expect(fake.stats().byRoute['GET /users/@me']).toBe(6 + fake.stats().globalRateLimited);
  });

  it('GIVEN 80 ms latency WHEN the bot calls REST THEN the answer takes that long', async () => {
    const { fake, client } = session;
    fake.setLatency(80);
    const started = Date.now();
    await client.rest.get(Routes.user('@me'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('GIVEN 30 s latency WHEN the test releases it THEN the waiting request is answered at once', async () => {
    const { fake, client } = session;
    fake.setLatency(30_000);
    const started = Date.now();
    const answer = client.rest.get(Routes.user('@me'));
    while (!fake.requests.some((request) => request.path === '/users/@me')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(fake.requests.at(-1)?.status).toBe(0);
    fake.releaseLatency();
    await answer;
    expect(fake.requests.at(-1)?.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('GIVEN enforce_nonce WHEN the same nonce is sent twice THEN Discord returns the first message', async () => {
    const { fake, client } = session;
    const first = await study(client).send({ content: 'Day 31', nonce: 'post-31', enforceNonce: true });
    const second = await study(client).send({ content: 'Day 31', nonce: 'post-31', enforceNonce: true });
    expect(second.id).toBe(first.id);
    expect(fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);
  });

  it.each([
    ['a channel the bot cannot see', FIXTURE.lockedChannel, { content: 'hi' }, 50001],
    ['an empty message', FIXTURE.studyChannel, {}, 50006],
    ['content over 2,000 characters', FIXTURE.studyChannel, { content: 'x'.repeat(2001) }, 50035],
    [
      'embeds over 6,000 characters',
      FIXTURE.studyChannel,
      {
        embeds: [
          { fields: Array.from({ length: 7 }, (_, i) => ({ name: `f${i}`, value: 'x'.repeat(1000) })) },
        ],
      },
      50035,
    ],
  ])(
    'GIVEN %s WHEN the bot sends THEN it gets the Discord error code',
    async (_name, channel, body, code) => {
      const error = await session.client.rest
        .post(Routes.channelMessages(channel), { body })
        .catch((e: unknown) => e);
      expect(codeOf(error)).toBe(code);
    },
  );

  it('GIVEN an interaction WHEN answered THEN 204 without content-type; answered again THEN 40060', async () => {
    const { fake } = session;
    const sent = fake.interactions.slash({ name: 'today' });
    const answer = () =>
      fetch(`${fake.apiUrl}/v10/interactions/${sent.id}/${sent.token}/callback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 4, data: { content: 'hi' } }),
      });

    const first = await answer();
    expect(first.status).toBe(204);
    expect(first.headers.get('content-type')).toBeNull();
    const second = await answer();
    expect(second.status).toBe(400);
    expect(await second.json()).toEqual({
      message: 'Interaction has already been acknowledged.',
      code: 40060,
    });
  });

  it('GIVEN injected 429s WHEN called raw THEN they carry Discord rate-limit headers', async () => {
    const { fake } = session;
    const me = () =>
      fetch(`${fake.apiUrl}/v10/users/@me`, { headers: { authorization: `Bot ${fake.token}` } });
    fake.faults.rateLimit('/users/@me', { retryAfterMs: 250 });
    fake.faults.rateLimit(/^\/users\//, { retryAfterMs: 1000, global: true });

    const route = await me();
    expect(route.status).toBe(429);
    expect(Object.fromEntries(route.headers)).toMatchObject({
      'retry-after': '0.25',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': '0.250',
      'x-ratelimit-scope': 'user',
      'x-ratelimit-bucket': expect.any(String),
    });
    const global = await me();
    expect(global.headers.get('x-ratelimit-global')).toBe('true');
    expect(await global.json()).toMatchObject({ retry_after: 1, global: true });
    expect((await me()).status).toBe(200);
  });

  it('GIVEN a wrong token WHEN REST is called THEN 401', async () => {
    const response = await fetch(`${session.fake.apiUrl}/v10/users/@me`, {
      headers: { authorization: 'Bot nope' },
    });
    expect(response.status).toBe(401);
  });
});

describe('fake Discord interaction deadline', () => {
  const session = useFakeDiscord({ interactionDeadlineMs: 40 });

  it('GIVEN an interaction WHEN the bot answers after the deadline THEN Unknown interaction (10062)', async () => {
    const { fake, client } = session;
    const sent = fake.interactions.slash({ name: 'today' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    const route = Routes.interactionCallback(sent.id, sent.token);
    const error = await client.rest
      .post(route, { body: { type: 4, data: { content: 'late' } }, auth: false })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe(10062);
  });
});

describe('fake Discord autocomplete, seen by discord.js', () => {
  const session = useFakeDiscord();

  it('GIVEN a user typing WHEN the bot answers with 26 choices THEN Discord refuses it; 25 are taken', async () => {
    const { fake, client } = session;
    const errors: unknown[] = [];
    client.on('interactionCreate', (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const count = interaction.options.getFocused() === 'many' ? 26 : 25;
      const choices = Array.from({ length: count }, (_, index) => ({
        name: `zone ${index}`,
        value: `${index}`,
      }));
      interaction.respond(choices).catch((error: unknown) => errors.push(codeOf(error)));
    });
    const tooMany = fake.interactions.autocomplete({
      name: 'settings',
      options: { timezone: 'many' },
      focused: 'timezone',
    });
    await expect(tooMany.callback(300)).rejects.toThrow();
    await vi.waitFor(() => expect(errors).toEqual([50035]));
    const fine = fake.interactions.autocomplete({
      name: 'settings',
      options: { timezone: 'few' },
      focused: 'timezone',
    });
    const callback = await fine.callback();
    expect(callback.type).toBe(8);
    expect(callback.data?.choices).toHaveLength(25);
    expect(fine.payload.data).toMatchObject({ options: [{ name: 'timezone', value: 'few', focused: true }] });
  });
});
