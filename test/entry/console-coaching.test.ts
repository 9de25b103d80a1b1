import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cutReply,
  jsonReply,
  startFakeAnthropic,
  textReply,
  type FakeAnthropic,
} from '../support/fake-anthropic.js';
import { runCoach } from '../support/run-coach.js';
import { sampleReview } from '../support/scripted-coach.js';

const API_KEY = 'sk-ant-console-test';
const dir = mkdtempSync(join(tmpdir(), 'coach-ai-console-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fake: FakeAnthropic;
let run = 0;
beforeEach(async () => {
  fake = await startFakeAnthropic({ apiKey: API_KEY });
});
afterEach(() => fake.close());

/** A fresh learner each time: its own SQLite file. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  run += 1;
  return { STORE_URL: `sqlite://${join(dir, `coach-${run}.sqlite`)}`, LEARNER_TIMEZONE: 'UTC', ...extra };
}
const online = (extra: Record<string, string> = {}) =>
  env({ ANTHROPIC_API_KEY: API_KEY, ANTHROPIC_BASE_URL: fake.baseURL, ...extra });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const userText = (body: any): string => body.messages[0].content;

describe('GIVEN the console coach with an API key (against the local Messages API)', () => {
  it('WHEN the learner asks, reviews a multi-line draft and hands in proof THEN each answer comes back', async () => {
    const assessment = { verdict: 'partly', why: 'The DAG is only named.', nextStep: 'Sketch the DAG.' };
    fake.reply(
      textReply(['Lazy evaluation ', 'means Spark waits ', 'for an action.']),
      jsonReply(sampleReview()),
      jsonReply(assessment),
    );
    const result = await runCoach(
      [
        '/ask What is lazy evaluation?',
        '/review',
        'Spark did nothing for ten lines.',
        '',
        'Then everything ran at once. #Spark',
        '.',
        '/done Explained lazy evaluation and the DAG https://github.com/ada/notes',
        '',
      ].join('\n'),
      online(),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Lazy evaluation means Spark waits for an action.\n\n19 questions left today',
    );
    expect(result.stdout).toContain(
      'Review of your LinkedIn post for Day 31: "Moving from streaming to batch: First impressions of Apache Spark"\nVerdict: Almost there\n- Covers the objective: 4/5',
    );
    expect(result.stdout).toContain(
      'Try opening with: "Spark did nothing for ten lines, then everything at once."',
    );
    expect(result.stdout).toContain('Checks:\n! ');
    // Reviewed and saved, but too short to count as a post written (under 400 characters).
    expect(result.stdout).toContain('Saved, but too short to count as a LinkedIn post: ');
    expect(result.stdout).toContain('Posts written: 0 LinkedIn, 0 blog.');
    expect(result.stdout).toContain('Day 31 · Spark Architecture: done.');
    expect(result.stdout).toContain(
      'Checkpoint feedback: partly there.\nWhy: The DAG is only named.\nNext step: Sketch the DAG.',
    );

    const [ask, review, proof] = fake.requests;
    expect(ask?.body.stream).toBe(true);
    expect(userText(ask?.body)).toContain(
      '<learner_question>\nWhat is lazy evaluation?\n</learner_question>',
    );
    expect(userText(review?.body)).toContain(
      '<learner_draft>\nSpark did nothing for ten lines.\n\nThen everything ran at once. #Spark\n</learner_draft>',
    );
    expect(userText(proof?.body)).toContain('Checkpoint: Can explain Spark');
    expect(fake.requests).toHaveLength(3);
  });

  it('WHEN the day quota is spent THEN the next question is refused and never reaches the API', async () => {
    fake.reply(textReply('The driver plans the job.'));
    const result = await runCoach(
      '/ask What does the driver do?\n/ask And executors?\n',
      online({ AI_DAILY_QUOTA: '1' }),
    );
    expect(result.stdout).toContain('The driver plans the job.\n\n0 questions left today');
    expect(result.stdout).toContain("You've used all 1 AI answer for today. More at 00:00 UTC");
    expect(fake.requests).toHaveLength(1);
  });

  it('WHEN the API is overloaded THEN one line says so and the question is not counted', async () => {
    fake.reply({ kind: 'error', status: 529, type: 'overloaded_error' });
    const result = await runCoach('/ask What is a DAG?\n', online({ COACH_MAX_RETRIES: '0' }));
    expect(result.stdout).toContain(
      'The AI service is overloaded right now; try again in a few minutes. (Not counted: 20 questions left today.)',
    );
    expect(result.stderr).toBe('');
  });
});

describe('GIVEN the console coach and a connection that drops mid-response', () => {
  it('WHEN a review and proof feedback are cut off THEN both say the coach cannot be reached, nothing is counted and the day is done', async () => {
    fake.reply(cutReply(JSON.stringify(sampleReview())), cutReply('{"verdict":"strong"}'));
    const result = await runCoach(
      '/review\nSpark did nothing for ten lines.\n.\n/done Explained the DAG https://github.com/ada/notes\n/progress\n',
      online({ COACH_MAX_RETRIES: '0' }),
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      "The coach can't be reached right now; try again later. (Not counted: 20 questions left today.)",
    );
    expect(result.stdout).toContain('Day 31 · Spark Architecture: done.');
    expect(result.stdout).toContain(
      "No checkpoint feedback this time: The coach can't be reached right now; try again later. (Not counted: 20 questions left today.)",
    );
    expect(result.stdout).not.toContain('Something went wrong');
    expect(fake.requests).toHaveLength(2);
  });
});

describe('GIVEN the console coach without an API key', () => {
  it('WHEN the learner asks, reviews and hands in proof THEN all three work offline and nothing is sent', async () => {
    const result = await runCoach(
      '/ask What does the Cluster Manager do?\n/review blog\nMy draft about Spark.\n.\n/done Explained the DAG https://github.com/ada/notes\n',
      env(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'AI answers are off here, so this comes straight from the plan for Day 31',
    );
    expect(result.stdout).toContain(
      '- Task (30 min): Study Spark architecture: Driver, Executors, Cluster Manager',
    );
    expect(result.stdout).toContain('Resources:\n- Spark Programming Guide <https://spark.apache.org/');
    expect(result.stdout).toContain('Review of your blog post for Day 31');
    expect(result.stdout).toContain('The AI review is off here (no API key); these checks still apply.');
    expect(result.stdout).toContain('Day 31 · Spark Architecture: done.');
    expect(result.stdout).not.toContain('Checkpoint feedback');
    expect(fake.requests).toHaveLength(0);
  });

  it('WHEN the input ends inside a draft THEN the draft is still reviewed', async () => {
    const result = await runCoach('/review\nA draft with no closing dot.\n', env());
    expect(result.stdout).toContain('Review of your LinkedIn post for Day 31');
  });
});

describe('GIVEN a broken prompt file', () => {
  it('WHEN the coach starts THEN it names the file and the problem and exits 1', async () => {
    const prompts = join(dir, 'prompts');
    cpSync(join(import.meta.dirname, '..', '..', 'prompts'), prompts, { recursive: true });
    writeFileSync(join(prompts, 'ask.txt'), 'Day: {{day}}\nQuestion: {{question}} {{mood}}\n');
    const result = await runCoach('/today\n', env({ PROMPTS_DIR: prompts }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(prompts, 'ask.txt')}: unknown slot {{mood}}`);
    expect(result.stderr).toContain('missing slot {{history}}');
    expect(result.stdout).toBe('');
  });
});
