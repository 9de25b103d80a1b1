import { describe, expect, it } from 'vitest';
import {
  checkRecallCards,
  MAX_RECALL_QUESTION,
  recallCardsOf,
} from '../../../src/core/recall/recall-cards.js';
import { makeDay } from '../review/make-day.js';
import { realPlan } from '../../support/real-plan.js';

describe('GIVEN a day of the plan', () => {
  it('WHEN making its recall cards THEN objective, checkpoint, Python skill and key terms become questions', () => {
    const cards = recallCardsOf(makeDay({ pythonSkill: 'Lambda functions' }));
    expect(cards.map((card) => [card.id, card.question])).toEqual([
      ['31:objective', "Day 31: explain Spark's distributed computing model in your own words."],
      ['31:checkpoint', "Day 31: explain Spark's lazy evaluation and DAG execution in your own words."],
      [
        '31:python',
        'Day 31: your Python skill was "Lambda functions". When would you use it, and what does it look like in code?',
      ],
      [
        '31:terms',
        'Day 31: what do these mean, and how do they connect: Spark, Architecture, Driver, Executors, Cluster Manager?',
      ],
    ]);
  });

  it.each([
    [
      'Optimize Spark job performance',
      'Day 31: how would you optimize Spark job performance? Walk through it in your own words.',
    ],
    [
      'SQL interface for data',
      'Day 31: how would you SQL interface for data? Walk through it in your own words.',
    ],
  ])('WHEN the objective is "%s" THEN it asks how', (objective, question) => {
    expect(recallCardsOf(makeDay({ objective }))[0]?.question).toBe(question);
  });

  it('WHEN the checkpoint is a thing built THEN the card asks how the learner got there', () => {
    const card = recallCardsOf(makeDay({ checkpoint: 'Built word count application using RDDs' }))[1];
    expect(card?.question).toBe(
      'Day 31: your checkpoint was "Built word count application using RDDs". How did you get there, and what would break first?',
    );
  });

  it('WHEN the day has no objective, checkpoint, skill or terms THEN one card asks about its task', () => {
    const day = makeDay({
      title: 'Review',
      objective: null,
      checkpoint: null,
      post: null,
      activities: [{ kind: 'task', minutes: 30, text: 'review notes\n- step one' }],
    });
    expect(recallCardsOf(day)).toEqual([
      {
        id: '31:task',
        day: 31,
        kind: 'task',
        question: 'Day 31: what did you do for "review notes", and what would you do differently now?',
      },
    ]);
  });
});

describe('GIVEN the real plan', () => {
  const plan = realPlan();

  it('WHEN checked THEN every day has cards, every id is unique and no question is too long', () => {
    const cards = plan.days.flatMap((day) => recallCardsOf(day));
    expect(plan.days.every((day) => recallCardsOf(day).length > 0)).toBe(true);
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
    expect(checkRecallCards(plan)).toEqual([]);
  });

  it('WHEN a checkpoint is too long for a card THEN the check names the day and the field', () => {
    const long = {
      ...plan,
      days: plan.days.map((day) => (day.day === 35 ? { ...day, checkpoint: 'x'.repeat(400) } : day)),
    };
    const problems = checkRecallCards(long);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^Day 35: the recall card made from its checkpoint is \\d+ characters \\(at most ${MAX_RECALL_QUESTION}\\)`,
      ),
    );
  });
});
