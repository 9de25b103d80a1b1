import { describe, expect, it } from 'vitest';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { useBot } from './bot-session.js';
import { originalEdits, useFakeAnthropic } from './coaching-support.js';

// Over 2,000 characters at once, then eight more pieces about 0.4 s apart: three seconds of streaming.
const OPENING = 'Spark splits work into stages at every shuffle. '.repeat(45);
const TAIL = Array.from({ length: 8 }, (_, i) => `Stage ${i + 1} runs its tasks in parallel. `);
const MARK = '-# continued below';

describe('GIVEN the bot with the AI coach on, and an answer longer than one message', () => {
  const anthropic = useFakeAnthropic();
  const bot = useBot({ coach: anthropic.coach });

  it('WHEN /ask streams it THEN the reply is edited only when its text changes, and each part but the last says it continues below', async () => {
    anthropic.fake().reply({ kind: 'text', text: [OPENING, ...TAIL], gapMs: 400 });
    const asked = bot.fake.interactions.slash({
      name: 'ask',
      options: { question: 'Explain stages at length' },
      userId: FIXTURE.learner,
    });
    const followUp = await asked.followUp(1, 15_000);

    const edits = originalEdits(bot.fake.requests, asked.token).map((edit) =>
      String((edit.body as Json).content),
    );
    expect(edits.length).toBeGreaterThanOrEqual(1);
    // Three seconds of pieces that all land past the first 2,000 characters: nothing new to show.
    expect(edits.length).toBeLessThanOrEqual(2);
    for (const [index, text] of edits.entries()) {
      expect(text.length).toBeLessThanOrEqual(2_000);
      expect(text).not.toBe(edits[index - 1]);
    }
    const first = String(asked.original()?.content);
    expect(first.endsWith(MARK)).toBe(true);
    expect(String(followUp.content)).toMatch(/-# 4 questions left today$/);
    expect(String(followUp.content)).not.toContain(MARK);
    expect(`${first.slice(0, -MARK.length)}${followUp.content}`.replace(/\s+/g, '')).toBe(
      `${OPENING}${TAIL.join('')}-# 4 questions left today`.replace(/\s+/g, ''),
    );
  });

  it('WHEN a DM question gets a long answer THEN its message is edited only when its text changes', async () => {
    anthropic.fake().reply({ kind: 'text', text: [OPENING, ...TAIL], gapMs: 400 });
    bot.fake.users.sendDirectMessage({ content: 'Stages at length?', authorId: FIXTURE.learner });
    const dm = bot.fake.dmChannelId(FIXTURE.learner);
    await bot.fake.waitForMessage(dm, (m) => String(m.content).includes('questions left'), 15_000);

    const edits = bot.fake.requests
      .filter((request) => request.method === 'PATCH' && request.path.startsWith(`/channels/${dm}/messages/`))
      .map((edit) => String((edit.body as Json).content));
    expect(edits.length).toBeLessThanOrEqual(1);
    for (const [index, text] of edits.entries()) expect(text).not.toBe(edits[index - 1]);
    const sent = bot.fake.requests
      .filter((request) => request.method === 'POST' && request.path === `/channels/${dm}/messages`)
      .map((post) => String((post.body as Json).content));
    expect(sent).toHaveLength(2);
    expect(sent[0]?.endsWith(MARK)).toBe(true);
  });
});
