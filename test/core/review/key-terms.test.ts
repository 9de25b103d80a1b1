import { describe, expect, it } from 'vitest';
import { deriveKeyTerms, mentionsTerm } from '../../../src/core/review/key-terms.js';
import { makeDay } from './make-day.js';

describe('GIVEN a day of the plan', () => {
  it.each([
    [
      makeDay(),
      ['*Spark', '*Architecture', 'Driver', 'Executors', 'Cluster Manager', 'distributed', 'computing'],
    ],
    [
      makeDay({
        title: 'RDD Fundamentals',
        objective: 'Master Resilient Distributed Datasets (RDDs)',
        activities: [
          { kind: 'task', minutes: 30, text: 'Create RDDs, practice transformations and actions' },
        ],
        details: { Operations: 'map, filter, reduce, collect, count' },
        post: null,
      }),
      ['*RDD', 'Resilient Distributed Datasets'],
    ],
    [
      makeDay({
        title: 'Performance Optimization Basics',
        objective: 'Optimize Spark job performance',
        activities: [
          { kind: 'task', minutes: 30, text: 'Understand partitioning, caching, broadcast variables' },
        ],
        details: { Techniques: 'repartition(), cache(), broadcast()' },
        post: null,
      }),
      ['*Performance', '*Optimization', 'Spark', 'repartition()', 'cache()', 'broadcast()'],
    ],
    [
      makeDay({
        title: 'Module 8 Integration',
        objective: 'Design optimal architecture for given requirements',
        activities: [
          { kind: 'project', minutes: 30, text: 'Architecture decision framework and implementation' },
        ],
        post: {
          kind: 'blog',
          title: 'The Complete Guide to Choosing Between Batch and Streaming Architectures',
          notes: null,
        },
      }),
      ['*Integration', 'architecture', 'requirements'],
    ],
  ])('WHEN deriving key terms of "%s" THEN they are the topic words, title terms first', (day, expected) => {
    expect(deriveKeyTerms(day).map((term) => (term.fromTitle ? `*${term.term}` : term.term))).toEqual(
      expected,
    );
  });

  it('WHEN a day names many terms THEN at most eight are kept', () => {
    const details = { Tools: 'Kafka, Flink, Beam, Storm, Samza, Pulsar, Kinesis, NiFi, Druid' };
    expect(deriveKeyTerms(makeDay({ details }))).toHaveLength(8);
  });
});

describe('GIVEN a term and a text', () => {
  it.each([
    ['Executors', 'Each executor runs tasks', true],
    ['RDD', 'I built two RDDs today', true],
    ['Spark', "Spark's planner is lazy", true],
    ['Cluster Manager', 'the cluster-manager hands out executors', true],
    ['cache()', 'call cache() before reuse', true],
    ['DAG', 'a DAGger is not a graph', false],
    ['Spark', 'sparkling water', false],
  ])('WHEN looking for %s in "%s" THEN found is %s', (term, text, found) => {
    expect(mentionsTerm(text, term)).toBe(found);
  });
});
