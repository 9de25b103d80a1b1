import { once } from 'node:events';
import {
  ApplicationCommandOptionType,
  ChannelType,
  DiscordAPIError,
  Events,
  MessageFlags,
  PermissionFlagsBits,
  type Client,
  type Message,
  type TextChannel,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loginTestClient } from './fake-discord/client.js';
import { onNextInteraction, useFakeDiscord } from './fake-discord/hooks.js';
import { FIXTURE } from './fake-discord/index.js';

const study = (client: Client) => client.channels.cache.get(FIXTURE.studyChannel) as TextChannel;

describe('the real discord.js Client against the fake Discord', () => {
  const session = useFakeDiscord();

  it('GIVEN the fake WHEN a client logs in THEN it is ready at once with the guild, roles and channels', async () => {
    const started = Date.now();
    const client = await loginTestClient(session.fake);
    try {
      expect(Date.now() - started).toBeLessThan(1500);
      const guild = client.guilds.cache.get(FIXTURE.guild);
      expect(guild?.name).toBe('Study Group');
      expect(client.user?.id).toBe(FIXTURE.bot);
      expect(client.application?.id).toBe(FIXTURE.applicationId);
      expect(session.fake.gateway.identifies.at(-1)?.intents).toBe(1 | (1 << 9) | (1 << 12) | (1 << 15));
      const me = guild?.members.me;
      expect(me && study(client).permissionsFor(me).has(PermissionFlagsBits.SendMessages)).toBe(true);
      const locked = guild?.channels.cache.get(FIXTURE.lockedChannel);
      expect(me && locked?.permissionsFor(me).has(PermissionFlagsBits.ViewChannel)).toBe(false);
    } finally {
      await client.destroy();
    }
  });

  it('GIVEN registered commands WHEN a slash command with a subcommand and options arrives THEN the reply reaches the server', async () => {
    const { fake, client } = session;
    await client.application?.commands.set(
      [
        {
          name: 'coach',
          description: 'Set up the coach',
          options: [
            {
              type: ApplicationCommandOptionType.Subcommand,
              name: 'setup',
              description: 'Where and when',
              options: [
                { type: ApplicationCommandOptionType.Channel, name: 'channel', description: 'Channel' },
                { type: ApplicationCommandOptionType.Integer, name: 'day', description: 'First day' },
              ],
            },
          ],
        },
      ],
      FIXTURE.guild,
    );
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
      const { options } = interaction;
      const text = `${options.getSubcommand()} ${options.getChannel('channel')?.id} ${options.getInteger('day')}`;
      await interaction.reply({ content: text, flags: MessageFlags.Ephemeral });
      return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild);
    });

    const sent = fake.interactions.slash({
      name: 'coach',
      subcommand: 'setup',
      options: { channel: { channel: FIXTURE.studyChannel }, day: 31 },
      userId: FIXTURE.admin,
    });

    expect((await sent.reply()).content).toBe(`setup ${FIXTURE.studyChannel} 31`);
    expect(await handled).toBe(true);
    expect((await sent.callback()).type).toBe(4);
    expect(fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(0);
  });

  it('GIVEN a slow command WHEN the bot defers then edits THEN the reply is the edited message', async () => {
    const { fake, client } = session;
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
      await interaction.deferReply();
      await interaction.editReply({ content: 'Day 31 is ready.' });
      return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild);
    });

    const sent = fake.interactions.slash({ name: 'today', userId: FIXTURE.learner });

    expect((await sent.callback()).type).toBe(5);
    expect((await sent.reply()).content).toBe('Day 31 is ready.');
    expect(await handled).toBe(false);
    await fake.waitForRequest('PATCH', '/webhooks/:app/:token/messages/@original');
  });

  it('GIVEN a channel WHEN the bot sends an embed with a file THEN the server stores both', async () => {
    const { fake, client } = session;
    await study(client).send({
      embeds: [{ title: 'Day 31 · Spark Architecture', description: 'Understand Spark' }],
      files: [{ attachment: Buffer.from('hello'), name: 'proof.txt' }],
    });

    const [stored] = fake.channelMessages(FIXTURE.studyChannel);
    expect(stored?.embeds).toEqual([
      { title: 'Day 31 · Spark Architecture', description: 'Understand Spark' },
    ]);
    const request = await fake.waitForRequest('POST', '/channels/:id/messages');
    expect(request.files).toEqual([expect.objectContaining({ name: 'proof.txt', size: 5 })]);
  });

  it('GIVEN a learner WHEN the bot DMs them THEN a DM channel is opened and the message stored', async () => {
    const { fake, client } = session;
    await client.users.send(FIXTURE.learner, 'Day 31 is waiting for you.');

    expect((await fake.waitForRequest('POST', '/users/@me/channels')).body).toEqual({
      recipient_id: FIXTURE.learner,
    });
    const dm = fake.channelMessages(fake.dmChannelId(FIXTURE.learner));
    expect(dm.map((message) => message.content)).toEqual(['Day 31 is waiting for you.']);
  });

  it('GIVEN a user with closed DMs WHEN the bot DMs them THEN it gets DiscordAPIError 50007', async () => {
    const { fake, client } = session;
    const error = await client.users.send(FIXTURE.closedDms, 'hi').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50007);
    expect((error as DiscordAPIError).status).toBe(403);
    expect(fake.stats().invalid).toBe(1);
  });

  it('GIVEN a route rate limited once WHEN the bot sends THEN it waits out Retry-After and succeeds', async () => {
    const { fake, client } = session;
    fake.faults.rateLimit('/channels/:id/messages', { method: 'POST', retryAfterMs: 150 });

    await study(client).send('after the limit');

    const posts = fake.requests.filter((request) => request.route === 'POST /channels/:channel/messages');
    expect(posts.map((request) => request.status)).toEqual([429, 200]);
    expect(posts[1]!.time - posts[0]!.time).toBeGreaterThanOrEqual(140);
    expect(fake.stats().rateLimited).toBe(1);
  });

  it('GIVEN a learner WHEN they DM the bot THEN messageCreate fires in a DM channel', async () => {
    const { fake, client } = session;
    const received = once(client, Events.MessageCreate) as Promise<[Message]>;

    const { delivered } = fake.users.sendDirectMessage({
      content: 'help with RDDs',
      authorId: FIXTURE.learner,
    });

    const [message] = await received;
    expect(delivered).toBe(true);
    expect(message.channel.type).toBe(ChannelType.DM);
    expect(message.content).toBe('help with RDDs');
    expect(message.author.id).toBe(FIXTURE.learner);
  });

  it('GIVEN a guild message mentioning the bot WHEN it arrives THEN the mention and content are there', async () => {
    const { fake, client } = session;
    const received = once(client, Events.MessageCreate) as Promise<[Message]>;

    fake.users.sendGuildMessage({ content: 'what is a DAG?', mentionBot: true });

    const [message] = await received;
    expect(message.guildId).toBe(FIXTURE.guild);
    expect(message.content).toBe(`<@${FIXTURE.bot}> what is a DAG?`);
    expect(client.user && message.mentions.has(client.user)).toBe(true);
  });
});
