import { describe, expect, it } from 'vitest';
import { fillTemplate, listSlots } from '../../../src/core/prompts/fill-template.js';
import { checkTemplate } from '../../../src/core/prompts/prompt-spec.js';

describe('GIVEN a template with slots', () => {
  it.each([
    ['Day: {{day}}\nQ: {{question}} ({{day}})', ['day', 'question']],
    ['no slots, {single} braces', []],
    ['{{ spaced }} and {{Upper}} are not slots', []],
  ])('WHEN listing the slots of %j THEN they are %j', (template, slots) => {
    expect(listSlots(template)).toEqual(slots);
  });

  it('WHEN filled THEN every slot is replaced, repeats included', () => {
    expect(fillTemplate('{{a}}-{{b}}-{{a}}', { a: '1', b: '2' })).toBe('1-2-1');
  });

  it('WHEN a value itself holds a slot THEN it is not filled again', () => {
    expect(fillTemplate('Q: {{question}} D: {{day}}', { question: '{{day}}?', day: 'Day 31' })).toBe(
      'Q: {{day}}? D: Day 31',
    );
  });

  it('WHEN a value holds $& or $1 THEN it is inserted literally', () => {
    expect(fillTemplate('{{a}}', { a: 'cost: $& and $1' })).toBe('cost: $& and $1');
  });

  it('WHEN a slot has no value THEN it is a bug and throws', () => {
    expect(() => fillTemplate('{{a}} {{b}}', { a: '1' })).toThrow('{{b}}');
  });
});

describe('GIVEN a prompt file to check', () => {
  it.each([
    ['checkpoint', '{{day}} {{proof}}', []],
    ['checkpoint', '{{day}} {{proof}} {{secret}}', ['unknown slot {{secret}} (allowed: day, proof)']],
    ['checkpoint', '{{day}}', ['missing slot {{proof}}']],
    ['system', '  \n', ['the file is empty', 'missing slot {{plan}}']],
    ['system', '{{plan}} {{Plan}}', ['malformed slot near "{{Plan}}" (slots look like {{name}})']],
    ['system', '{{plan}} }} stray', ['malformed slot near "}}" (slots look like {{name}})']],
  ] as const)('WHEN %s.txt reads %j THEN the problems are %j', (name, template, problems) => {
    expect(checkTemplate(name, template)).toEqual(problems);
  });
});
