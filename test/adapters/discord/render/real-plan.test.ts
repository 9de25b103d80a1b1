import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDayEmbed } from '../../../../src/adapters/discord/render/day-embed.js';
import { EMBED_LIMITS, totalEmbedLength } from '../../../../src/adapters/discord/render/embed-limits.js';
import { parsePlan } from '../../../../src/core/curriculum/parse-plan.js';
import type { Plan } from '../../../../src/core/curriculum/plan.js';
import { day31, day37, module5 } from '../../../support/module-5-days.js';

function realPlan(): Plan {
  const text = readFileSync(
    new URL('../../../../curriculum/days-31-60-spark-airflow.md', import.meta.url),
    'utf8',
  );
  const result = parsePlan(text);
  if (result.kind !== 'ok') throw new Error(`plan does not parse: ${JSON.stringify(result.problems)}`);
  return result.plan;
}

describe('renderDayEmbed over the real plan', () => {
  const plan = realPlan();

  it('GIVEN the real plan WHEN parsed THEN Day 31, Day 37 and Module 5 equal the hand-written ones', () => {
    expect(plan.days.find((day) => day.day === 31)).toEqual(day31);
    expect(plan.days.find((day) => day.day === 37)).toEqual(day37);
    expect(plan.sections[0]).toEqual(module5);
  });

  it('GIVEN every day of the real plan WHEN rendered THEN each embed is within limits with its place in the footer', () => {
    plan.days.forEach((day, index) => {
      const section = plan.sections.find((candidate) => candidate.days.includes(day.day));
      if (!section) throw new Error(`Day ${day.day} has no section`);
      const embed = renderDayEmbed(day, {
        section,
        positionInSection: section.days.indexOf(day.day) + 1,
        sectionDayCount: section.days.length,
        dayIndexInPlan: index + 1,
        planDays: plan.days.length,
        color: 0x5865f2,
      });
      expect(totalEmbedLength([embed])).toBeLessThanOrEqual(EMBED_LIMITS.total);
      expect(embed.title).toBe(`Day ${day.day} · ${day.title}`);
      expect(embed.footer?.text.endsWith(`· day ${index + 1} of ${plan.days.length}`)).toBe(true);
      expect(embed.fields?.some((field) => field.value === `Prove it: ${day.checkpoint}`)).toBe(true);
    });
  });
});
