import { describe, expect, it } from 'vitest';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { textReply } from '../../support/fake-anthropic.js';
import { useBot } from './bot-session.js';
import { originalEdits, useFakeAnthropic, userText } from './coaching-support.js';

const ANSWER = [
  'Lazy ',
  'evaluation ',
  'means ',
  'Spark ',
  'records ',
  'the plan ',
  'and waits ',
  'for an action.',
];

describe('GIVEN the bot with the AI coach on', () => {
  const anthropic = useFakeAnthropic();
  const bot = useBot({ coach: anthropic.coach });

  it('WHEN /ask THEN the reply is deferred, edited as the answer streams (about once a second), and ends with the questions left', async () => {
    const requestsBefore = anthropic.fake().requests.length;
    anthropic.fake().reply({ kind: 'text', text: ANSWER, gapMs: 350 });
    const asked = bot.fake.interactions.slash({
      name: 'ask',
      options: { question: 'What is lazy evaluation?' },
      userId: FIXTURE.learner,
    });
    const callback = await asked.callback();
    expect(callback.type).toBe(5);
    expect(callback.data).toMatchObject({ flags: 64 });
    const reply = await asked.reply(10_000);
    await waitUntil(() => String(asked.original()?.content).includes('questions left'));
    const edits = originalEdits(bot.fake.requests, asked.token);
    const streamed = edits.slice(0, -1);
    expect(streamed.length).toBeGreaterThanOrEqual(2);
    for (const [index, edit] of streamed.entries()) {
      expect(ANSWER.join('').startsWith(String((edit.body as Json).content))).toBe(true);
      const previous = streamed[index - 1];
      if (previous !== undefined) expect(edit.time - previous.time).toBeGreaterThanOrEqual(900);
    }
    expect(asked.original()?.content).toBe(`${ANSWER.join('')}\n\n-# 4 questions left today`);
    expect(reply).toBeDefined();
    const request = anthropic.fake().requests[requestsBefore];
    expect(userText(request?.body)).toContain('Day 31 · Spark Architecture');
    for (const edit of edits) expect((edit.body as Json).allowed_mentions).toEqual({ parse: [] });
  });

  it('WHEN the answer is longer than 2,000 characters THEN it is split into a follow-up, marked where it continues', async () => {
    const long = `${'Spark splits work into stages. '.repeat(60)}\n\n${'Each stage runs tasks. '.repeat(40)}`;
    anthropic.fake().reply(textReply(long));
    const asked = bot.fake.interactions.slash({
      name: 'ask',
      options: { question: 'Explain stages at length' },
      userId: FIXTURE.learner,
    });
    const followUp = await asked.followUp(1, 10_000);
    const first = String(asked.original()?.content);
    expect(first.length).toBeLessThanOrEqual(2_000);
    expect(String(followUp.content)).toMatch(/-# 4 questions left today$/);
    expect(followUp.flags).toBe(64);
    expect(first.endsWith('\n-# continued below')).toBe(true);
    expect(`${first.slice(0, -'-# continued below'.length)}${followUp.content}`.replace(/\s+/g, '')).toBe(
      `${long}-# 4 questions left today`.replace(/\s+/g, ''),
    );
  });

  it('WHEN the learner mentions the bot in a channel and then follows up in its thread THEN the thread keeps the conversation', async () => {
    anthropic.fake().reply(textReply('A DAG is the plan of stages.'), textReply('Stages end at shuffles.'));
    const before = anthropic.fake().requests.length;
    const { message } = bot.fake.users.sendGuildMessage({
      content: 'What is a DAG?',
      mentionBot: true,
      authorId: FIXTURE.learner,
      channelId: FIXTURE.studyChannel,
    });
    const threadId = String(message.id);
    const answer = await bot.fake.waitForMessage(
      threadId,
      (m) => String(m.content).includes('questions left'),
      10_000,
    );
    expect(answer.content).toBe('A DAG is the plan of stages.\n\n-# 4 questions left today');
    const opened = bot.fake.requests.find((r) => r.method === 'POST' && r.path.endsWith('/threads'));
    expect(opened?.path).toBe(`/channels/${FIXTURE.studyChannel}/messages/${threadId}/threads`);
    expect((opened?.body as Json).name).toBe('What is a DAG?');

    bot.fake.users.sendGuildMessage({
      content: 'And stages?',
      mentionBot: true,
      authorId: FIXTURE.learner,
      channelId: threadId,
    });
    const second = await bot.fake.waitForMessage(
      threadId,
      (m) => String(m.content).includes('3 questions'),
      10_000,
    );
    expect(second.content).toBe('Stages end at shuffles.\n\n-# 3 questions left today');
    const followUpPrompt = userText(anthropic.fake().requests[before + 1]?.body);
    expect(followUpPrompt).toContain('<earlier_question>\nWhat is a DAG?\n</earlier_question>');
    expect(followUpPrompt).toContain('<learner_question>\nAnd stages?\n</learner_question>');
  });

  it('WHEN the learner DMs the bot THEN the answer comes back in the DM', async () => {
    anthropic.fake().reply(textReply('The driver plans; executors run.'));
    bot.fake.users.sendDirectMessage({ content: 'Driver vs executor?', authorId: FIXTURE.learner });
    const dm = bot.fake.dmChannelId(FIXTURE.learner);
    const answer = await bot.fake.waitForMessage(
      dm,
      (m) => String(m.content).includes('questions left'),
      10_000,
    );
    expect(answer.content).toBe('The driver plans; executors run.\n\n-# 4 questions left today');
  });

  it('WHEN Ask a question on the day post THEN a form opens, and its question is answered', async () => {
    const callback = await bot.fake.interactions
      .button({ customId: 'day:ask:31', userId: FIXTURE.learner })
      .callback();
    expect(callback.type).toBe(9);
    expect(callback.data).toMatchObject({ custom_id: 'ask:31', title: 'Ask about Day 31' });
    anthropic.fake().reply(textReply('Transformations are lazy.'));
    const submitted = bot.fake.interactions.modal({
      customId: 'ask:31',
      fields: { question: 'Which operations are lazy?' },
      userId: FIXTURE.learner,
    });
    await waitUntil(() => String(submitted.original()?.content).includes('questions left'));
    expect(submitted.original()?.content).toBe('Transformations are lazy.\n\n-# 4 questions left today');
  });
});

describe('GIVEN a learner whose questions for today are used up', () => {
  const anthropic = useFakeAnthropic({ daily: 1, adminDaily: 1 });
  const bot = useBot({ coach: anthropic.coach });

  it('WHEN they /ask again THEN they are told when more come, and nothing is sent to the model', async () => {
    anthropic.fake().reply(textReply('One answer.'));
    const first = bot.fake.interactions.slash({
      name: 'ask',
      options: { question: 'One?' },
      userId: FIXTURE.learner,
    });
    await waitUntil(() => String(first.original()?.content).includes('questions left'));
    const count = anthropic.fake().requests.length;
    const second = bot.fake.interactions.slash({
      name: 'ask',
      options: { question: 'Two?' },
      userId: FIXTURE.learner,
    });
    await waitUntil(() => String(second.original()?.content).startsWith("You've used"));
    expect(second.original()?.content).toMatch(/^You've used all 1 AI answer for today\. More <t:\d+:R>/);
    expect(anthropic.fake().requests).toHaveLength(count);
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
