import { describe, expect, it } from 'vitest';
import { fixtureDays } from '../../support/plan-fixtures.js';

describe('GIVEN labels whose emoji came through as U+FFFD (shape-damaged-emoji.md)', () => {
  const { plan, day } = fixtureDays('shape-damaged-emoji.md');

  it('WHEN parsed THEN each label, heading and goal is what its words say', () => {
    expect(plan.goals).toEqual(["See a pipeline's health at a glance"]);
    expect(plan.sections).toEqual([
      { kind: 'module', number: 25, title: 'Observability', days: [181, 182, 183] },
    ]);
    expect(plan.assessment).toEqual({ 'Skills Acquired': ['Pipeline metrics'] });
    expect(day(181)).toMatchObject({
      objective: 'Choose the four numbers to watch',
      post: { kind: 'linkedin', title: 'Four numbers every pipeline should publish', notes: null },
      details: {},
    });
    expect(day(182)).toMatchObject({
      objective: 'Alert on symptoms, not causes',
      checkpoint: 'An alert fires on a stale table',
    });
    expect(day(183)).toMatchObject({
      title: 'Module 25 Project',
      objective: 'Build a pipeline health dashboard',
      post: { kind: 'blog', title: 'A Health Dashboard for Data Pipelines', notes: null },
      checkpoint: 'A stakeholder reads the dashboard without help',
    });
  });
});

describe('GIVEN resources as plain text, comma-separated links and bare addresses (shape-text-resources.md)', () => {
  const { day } = fixtureDays('shape-text-resources.md');

  it('WHEN reading plain text THEN it is one text resource, commas and all', () => {
    expect(day(211)?.resources).toEqual([{ kind: 'text', text: 'Industry reports, market analysis' }]);
  });

  it('WHEN reading links with commas, a note after a link and a bare address THEN a link is a link, text is text', () => {
    expect(day(212)?.resources).toEqual([
      { kind: 'link', title: 'Data Contracts', url: 'https://datacontract.com' },
      {
        kind: 'link',
        title: 'Open Data Contract Standard',
        url: 'https://bitol-io.github.io/open-data-contract-standard/',
      },
      {
        kind: 'link',
        title: 'Schema evolution',
        url: 'https://docs.confluent.io/platform/current/schema-registry/fundamentals/schema-evolution.html',
      },
      { kind: 'text', text: 'read the compatibility table first' },
      {
        kind: 'link',
        title: 'martinfowler.com/articles/data-mesh-principles.html',
        url: 'https://martinfowler.com/articles/data-mesh-principles.html',
      },
    ]);
  });

  it('WHEN a nested list mixes text and a link THEN both are kept in order', () => {
    expect(day(213)?.resources).toEqual([
      { kind: 'text', text: 'Your notes from Day 211' },
      { kind: 'link', title: 'Presenting data', url: 'https://example.com/presenting-data' },
    ]);
  });
});

describe('GIVEN labels the plan invents (shape-invented-labels.md)', () => {
  const { day } = fixtureDays('shape-invented-labels.md');

  it('WHEN parsed THEN they are kept as details in the plan order', () => {
    expect(Object.entries(day(241)?.details ?? {})).toEqual([
      ['Code Goal', 'A runnable sketch of the ingestion step'],
      ['Metrics', 'Latency, cost per day, freshness'],
      ['Mentorship', 'Ask a senior engineer for one mock interview'],
    ]);
    expect(Object.entries(day(242)?.details ?? {})).toEqual([
      ['Assessment', 'Could a stranger run each project from its README?'],
      ['Deliverable', 'Portfolio page with three projects'],
    ]);
  });
});
