import { once } from 'node:events';
import {
  Events,
  GatewayIntentBits,
  MessageFlags,
  type Client,
  type Message,
  type TextChannel,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { renderDayButtons } from '../../../src/adapters/discord/render/day-button-row.js';
import { FIXTURE } from './fixtures.js';
import { onNextInteraction, useFakeDiscord } from './hooks.js';

const study = (client: Client) => client.channels.cache.get(FIXTURE.studyChannel) as TextChannel;

describe('fake Discord components, threads and resume, seen by discord.js', () => {
  const session = useFakeDiscord();

  it('GIVEN a day post WHEN its button and then a modal are used THEN update and modal values reach the bot', async () => {
    const { fake, client } = session;
    const post = await study(client).send({ content: 'Day 31', components: [renderDayButtons(31)] });
    const clicked = onNextInteraction(client, async (interaction) => {
      if (!interaction.isButton()) throw new Error('expected a button');
      await interaction.update({ content: 'Day 31 ✓', components: [] });
      return `${interaction.customId} on ${interaction.message.id}`;
    });

    const click = fake.interactions.button({ customId: 'day:done:31', message: post.id });

    expect(await clicked).toBe(`day:done:31 on ${post.id}`);
    expect((await click.reply()).content).toBe('Day 31 ✓');
    expect(fake.channelMessages(FIXTURE.studyChannel)[0]?.content).toBe('Day 31 ✓');

    const submitted = onNextInteraction(client, async (interaction) => {
      if (!interaction.isModalSubmit()) throw new Error('expected a modal');
      await interaction.reply({ content: 'Proof saved.', flags: MessageFlags.Ephemeral });
      return interaction.fields.getTextInputValue('proof');
    });
    fake.interactions.modal({ customId: 'day:proof:31', fields: { proof: 'https://github.com/me/spark' } });
    expect(await submitted).toBe('https://github.com/me/spark');
  });

  it('GIVEN a deferred reply WHEN the bot follows up THEN the follow-up fills it, the next one is new', async () => {
    const { fake, client } = session;
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.followUp({ content: 'first' });
      await interaction.followUp({ content: 'second' });
    });
    const sent = fake.interactions.slash({ name: 'ask', guildId: null });
    await handled;
    expect((await sent.reply()).content).toBe('first');
    expect((await sent.followUp(1)).content).toBe('second');
  });

  it('GIVEN a message WHEN the bot starts a thread on it THEN the thread takes the message id', async () => {
    const post = await study(session.client).send('Day 31');
    const thread = await post.startThread({ name: 'Day 31 questions' });
    expect(thread.id).toBe(post.id);
    expect(thread.parentId).toBe(FIXTURE.studyChannel);
  });

  it('GIVEN a dropped connection WHEN the client resumes THEN missed and new events arrive', async () => {
    const { fake, client } = session;
    fake.gateway.dropConnection();
    fake.users.sendDirectMessage({ content: 'sent while away' });
    const missed = once(client, Events.MessageCreate) as Promise<[Message]>;
    expect((await missed)[0].content).toBe('sent while away');
    expect(fake.gateway.resumes).toBe(1);
    expect(fake.gateway.identifies).toHaveLength(1);

    const next = once(client, Events.MessageCreate) as Promise<[Message]>;
    fake.users.sendDirectMessage({ content: 'back again' });
    expect((await next)[0].content).toBe('back again');
  });

  it("GIVEN the bot's own message WHEN sent THEN Discord echoes it as messageCreate", async () => {
    const { client } = session;
    const echoed = once(client, Events.MessageCreate) as Promise<[Message]>;
    const sent = await study(client).send('Day 31 is posted.');
    expect((await echoed)[0].id).toBe(sent.id);
  });
});

describe('fake Discord heartbeats', () => {
  const session = useFakeDiscord({ heartbeatIntervalMs: 25 });

  it('GIVEN a short heartbeat interval WHEN time passes THEN beats are acknowledged and the session stays', async () => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(session.client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(session.fake.gateway.identifies).toHaveLength(1);
    expect(session.fake.gateway.resumes).toBe(0);
  });
});

describe('fake Discord without the Message Content intent', () => {
  const session = useFakeDiscord(
    {},
    { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] },
  );

  it('GIVEN a guild message WHEN it does not mention the bot THEN its content arrives empty, as on Discord', async () => {
    const { fake, client } = session;
    const received = once(client, Events.MessageCreate) as Promise<[Message]>;
    fake.users.sendGuildMessage({ content: 'secret' });
    expect((await received)[0].content).toBe('');
    expect(fake.users.sendDirectMessage({ content: 'dm' }).delivered).toBe(false);
  });
});
