import { describe, expect, it } from 'vitest';
import type { CoachModel } from '../../../../src/app/ports.js';
import type { Store } from '../../../../src/app/ports.js';
import { SORRY } from '../../../../src/adapters/discord/error-handler.js';
import { defaultWorld, FIXTURE, type FakeWorld } from '../../../support/fake-discord/index.js';
import { useBot, type BotSession } from '../bot-session.js';

const THREAD = '1220000000000000009';

/** A store whose reads all fail. */
const unreadable = (store: Store): Store => ({
  ...store,
  get: () => Promise.reject(new Error('disk on fire')),
});

/** A model with a bug: every call throws instead of resolving to an outcome. */
const brokenModel: CoachModel = {
  // eslint-disable-next-line require-yield -- a stream that breaks before its first piece
  ask: async function* () {
    throw new Error('model bug');
  },
  // eslint-disable-next-line require-yield -- a stream that breaks before its first piece
  recallFeedback: async function* () {
    throw new Error('model bug');
  },
  review: () => Promise.reject(new Error('model bug')),
  assessProof: () => Promise.reject(new Error('model bug')),
  rewriteAsHints: () => Promise.reject(new Error('model bug')),
};

/** The default world with a thread under #study that the coach did not open. */
function worldWithThread(): FakeWorld {
  const world = defaultWorld();
  const [guild] = world.guilds;
  if (guild === undefined) throw new Error('no guild');
  const thread = { id: THREAD, name: 'weekend plans', type: 11, parentId: FIXTURE.studyChannel };
  return { ...world, guilds: [{ ...guild, channels: [...guild.channels, thread] }] };
}

async function failureLogged(bot: BotSession): Promise<Record<string, unknown> | undefined> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const line = bot.logs.find((log) => log.message === 'message handling failed');
    if (line !== undefined) return line.context;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no failure logged');
}

describe('GIVEN a store that cannot be read', () => {
  const bot = useBot({ store: unreadable, world: worldWithThread });

  it('WHEN a learner DMs a question THEN the DM gets the one sorry line, and the failure is logged with context', async () => {
    bot.fake.users.sendDirectMessage({ content: 'What is a DAG?', authorId: FIXTURE.learner });
    const dm = bot.fake.dmChannelId(FIXTURE.learner);
    const sorry = await bot.fake.waitForMessage(dm, (message) => message.content === SORRY, 5_000);
    expect(sorry.author).toMatchObject({ id: FIXTURE.bot });
    const context = await failureLogged(bot);
    expect(context).toMatchObject({ channelId: dm, userId: FIXTURE.learner });
    expect((context?.error as Error).message).toBe('disk on fire');
    expect(bot.fake.channelMessages(dm)).toHaveLength(2);
  });

  it('WHEN someone writes in a thread without mentioning the bot THEN it is only logged: nothing is said there', async () => {
    bot.fake.users.sendGuildMessage({ content: 'Anyone up for Sunday?', channelId: THREAD });
    expect(await failureLogged(bot)).toMatchObject({ channelId: THREAD });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bot.fake.channelMessages(THREAD)).toHaveLength(1);
  });
});

describe('GIVEN an AI coach whose model breaks', () => {
  const bot = useBot({
    coach: () => ({ model: brokenModel, online: true, limits: { daily: 5, adminDaily: 8 } }),
  });

  it('WHEN a learner mentions the bot in a channel THEN the thread opened for the answer gets the sorry line', async () => {
    const { message } = bot.fake.users.sendGuildMessage({
      content: 'What is a DAG?',
      mentionBot: true,
      authorId: FIXTURE.learner,
      channelId: FIXTURE.studyChannel,
    });
    const thread = String(message.id);
    const sorry = await bot.fake.waitForMessage(thread, (reply) => reply.content === SORRY, 5_000);
    expect(sorry.author).toMatchObject({ id: FIXTURE.bot });
    expect((await failureLogged(bot))?.error).toMatchObject({ message: 'model bug' });
    expect(bot.fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);
  });

  it('WHEN a learner DMs a question THEN the DM gets the sorry line', async () => {
    bot.fake.users.sendDirectMessage({ content: 'Driver vs executor?', authorId: FIXTURE.learner });
    const dm = bot.fake.dmChannelId(FIXTURE.learner);
    await bot.fake.waitForMessage(dm, (reply) => reply.content === SORRY, 5_000);
  });
});
