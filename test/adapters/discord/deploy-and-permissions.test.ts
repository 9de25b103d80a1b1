import { readFile } from 'node:fs/promises';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandsFor } from '../../../src/adapters/discord/commands/index.js';

const commands = commandsFor({ first: 31, last: 60 });
import { deployCommands } from '../../../src/adapters/discord/deploy.js';
import {
  defaultWorld,
  FIXTURE,
  Permission,
  type FakeWorld,
  type Json,
} from '../../support/fake-discord/index.js';
import { START, adminSetup, useBot } from './bot-session.js';

const silent = { info() {}, warn() {}, error() {} };

/** The default world, with #study denying the bot the given permissions. */
function worldDenying(deny: bigint): FakeWorld {
  const world = defaultWorld();
  const [guild] = world.guilds;
  if (guild === undefined) throw new Error('no guild');
  const channels = guild.channels.map((channel) =>
    channel.id === FIXTURE.studyChannel
      ? {
          ...channel,
          overwrites: [
            {
              id: FIXTURE.botRole,
              type: 'role' as const,
              deny,
            },
          ],
        }
      : channel,
  );
  return { ...world, guilds: [{ ...guild, channels }] };
}

describe('GIVEN the bot application', () => {
  const bot = useBot();

  it('WHEN deploy-commands runs without a guild THEN every command is registered globally, /coach for Manage Server in servers only', async () => {
    const result = await deployCommands({ token: bot.fake.token, apiUrl: bot.fake.apiUrl }, commands, silent);
    const names = commands.map((command) => command.data.name);
    expect(names).toEqual(
      expect.arrayContaining(['today', 'day', 'done', 'progress', 'settings', 'help', 'coach']),
    );
    expect(result).toEqual({ scope: 'global', names });
    const registered = bot.fake.world.commands.get('global') ?? [];
    expect(registered.map((command) => command.name)).toEqual(result.names);
    const coach = registered.find((command) => command.name === 'coach') as Json;
    expect(coach).toMatchObject({
      default_member_permissions: String(Permission.ManageGuild),
      contexts: [0],
    });
  });
});

describe('GIVEN a channel where the bot may not send or embed', () => {
  const bot = useBot({ world: () => worldDenying(Permission.EmbedLinks | Permission.SendMessages) });

  it('WHEN an admin sets it up THEN both missing permissions are named and nothing is stored', async () => {
    const reply = await adminSetup(bot, { time: '09:00', timezone: 'UTC' });
    expect(reply.content).toBe(
      `I can't post in <#${FIXTURE.studyChannel}>: I'm missing Send Messages, Embed Links there. Grant them and run /coach setup again.`,
    );
    expect(await bot.records.load(FIXTURE.guild, START)).toBeNull();
  });
});

describe('GIVEN a channel where the bot may not read the message history', () => {
  const bot = useBot({ world: () => worldDenying(Permission.ReadMessageHistory) });

  it('WHEN an admin sets it up THEN Read Message History is named (crash recovery reads it) and nothing is stored', async () => {
    const reply = await adminSetup(bot, { time: '09:00', timezone: 'UTC' });
    expect(reply.content).toBe(
      `I can't post in <#${FIXTURE.studyChannel}>: I'm missing Read Message History there. Grant them and run /coach setup again.`,
    );
    expect(await bot.records.load(FIXTURE.guild, START)).toBeNull();
  });
});

describe("GIVEN the README's invite link", () => {
  it('WHEN its permission integer is read THEN it grants exactly what the bot uses, Read Message History included', async () => {
    const readme = await readFile('README.md', 'utf8');
    const granted = BigInt(/oauth2\/authorize\?\S*permissions=(\d+)/.exec(readme)?.[1] ?? '0');
    const { ViewChannel, SendMessages, EmbedLinks, ReadMessageHistory, AttachFiles } = PermissionFlagsBits;
    const { CreatePublicThreads, SendMessagesInThreads } = PermissionFlagsBits;
    expect(granted).toBe(
      ViewChannel |
        SendMessages |
        EmbedLinks |
        ReadMessageHistory |
        AttachFiles |
        CreatePublicThreads |
        SendMessagesInThreads,
    );
  });
});
