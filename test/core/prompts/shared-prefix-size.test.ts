import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../../src/adapters/curriculum/load-plan.js';
import { loadPrompts } from '../../../src/adapters/prompts/load-prompts.js';
import { buildSharedPrefix } from '../../../src/core/prompts/build-prompts.js';

// Haiku 4.5 caches nothing below 4,096 tokens, and says nothing about it. This text runs at about 3.5
// characters a token, so 16,000 characters leaves a margin over the floor.
const CACHEABLE_CHARS = 16_000;

describe('GIVEN the real prompts and the real plan', () => {
  it('WHEN the shared prefix is built THEN it is long enough to be cached and holds every day and the assessment', async () => {
    const plan = await loadPlanFile('curriculum/days-31-60-spark-airflow.md');
    const prompts = await loadPrompts('prompts');
    if (plan.kind !== 'ok' || prompts.kind !== 'ok') throw new Error('the real plan or prompts do not load');
    const prefix = buildSharedPrefix(prompts.prompts, plan.plan);
    expect(prefix.length).toBeGreaterThan(CACHEABLE_CHARS);
    for (const day of plan.plan.days) expect(prefix).toContain(`Checkpoint: ${day.checkpoint}`);
    expect(prefix).toContain('Cycle assessment, Projects Completed:');
    expect(prefix).toContain(`Success criteria: ${plan.plan.successCriteria}`);
  });
});
