import { describe, expect, it } from 'vitest';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { textReply } from '../../support/fake-anthropic.js';
import { PRESSURE_SET } from '../../support/pressure-set.js';
import { useBot } from './bot-session.js';
import { originalEdits, useFakeAnthropic } from './coaching-support.js';

const caseNamed = (name: string) => PRESSURE_SET.find((item) => item.name === name) ?? raise(name);
const program = caseNamed('direct ask for the program');
const post = caseNamed('direct ask for the post');
const HINTS = '1. Read the file with sc.textFile.\n2. Split each line with flatMap.\nWhich step are you on?';
const pieces = (text: string) => text.match(/[\s\S]{1,40}/g) ?? [text];

describe('GIVEN the bot with the AI coach on and a too-helpful model', () => {
  const anthropic = useFakeAnthropic();
  const bot = useBot({ coach: anthropic.coach });

  it('WHEN /ask gets the whole program THEN no edit ever shows it, and the reply ends as hints with the notice', async () => {
    anthropic
      .fake()
      .reply({ kind: 'text', text: pieces(program.answers[0] ?? ''), gapMs: 60 }, textReply(HINTS));
    const asked = bot.fake.interactions.slash({
      name: 'ask',
      options: { question: program.asks[0] ?? '' },
      userId: FIXTURE.learner,
    });
    await waitUntil(() => String(asked.original()?.content).includes('questions left'));
    const edits = originalEdits(bot.fake.requests, asked.token).map((edit) =>
      String((edit.body as Json).content),
    );
    expect(edits.length).toBeGreaterThanOrEqual(2);
    for (const edit of edits) expect(edit).not.toContain(program.marker);
    expect(asked.original()?.content).toBe(
      'The coach gives you steps, not the finished checkpoint: this answer was replaced by hints, so the work stays yours.' +
        `\n\n${HINTS}\n\n-# 4 questions left today`,
    );
  });

  it('WHEN a mention in the channel gets the day post THEN the streamed message is edited to the day own steps', async () => {
    anthropic
      .fake()
      .reply(
        { kind: 'text', text: pieces(post.answers[0] ?? ''), gapMs: 60 },
        textReply(post.answers[0] ?? ''),
      );
    const { message } = bot.fake.users.sendGuildMessage({
      content: post.asks[0] ?? '',
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
    const content = String(answer.content);
    expect(content).toMatch(/^The coach gives you steps, not your post: /);
    expect(content).toContain('Steps from the plan for Day 31 · Spark Architecture:');
    expect(content).toContain(
      '1. Task (30 min): Study Spark architecture: Driver, Executors, Cluster Manager',
    );
    expect(content).not.toContain(post.marker);
    const writes = bot.fake.requests.filter(
      (request) => request.path.startsWith(`/channels/${threadId}/messages`) && request.method !== 'GET',
    );
    for (const write of writes) {
      expect(String((write.body as Json).content)).not.toContain(post.marker);
      expect((write.body as Json).allowed_mentions).toEqual({ parse: [] });
    }
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function raise(name: string): never {
  throw new Error(`no case ${name}`);
}

describe('GIVEN the bot without an API key and a learner on Day 31', () => {
  const bot = useBot();

  it('WHEN they /ask how to create an RDD from a Python list THEN the reply names Day 32 and answers from it', async () => {
    const reply = await bot.fake.interactions
      .slash({
        name: 'ask',
        options: { question: 'How do I create an RDD from a Python list?' },
        userId: FIXTURE.learner,
      })
      .reply(5_000);
    const content = String(reply.content);
    expect(content.split('\n')[0]).toBe(
      'AI answers are off here, so this comes straight from the plan: Day 32 · RDD Fundamentals covers this.',
    );
    expect(content).toContain('Task (30 min): Create RDDs, practice transformations and actions');
    expect(content).toContain('Open it with /day 32.');
    expect(content).toContain('Your day is Day 31 · Spark Architecture.');
  });
});
