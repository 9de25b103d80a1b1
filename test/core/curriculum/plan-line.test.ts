import { describe, expect, it } from 'vitest';
import { classifyLine, type PlanLine } from '../../../src/core/curriculum/plan-line.js';

describe('GIVEN one line of a plan file', () => {
  it.each<[string, PlanLine]>([
    ['', { kind: 'blank' }],
    ['---', { kind: 'blank' }],
    ['## 🎯 **Cycle Goals**', { kind: 'heading', level: 2, text: 'Cycle Goals' }],
    [
      '### **Day 31 - Spark Architecture**',
      { kind: 'heading', level: 3, text: 'Day 31 - Spark Architecture' },
    ],
    ['### Day 5 - Learn C#', { kind: 'heading', level: 3, text: 'Day 5 - Learn C#' }],
    [
      '**🎯 Learning Objective:** Understand it',
      {
        kind: 'text',
        body: '**🎯 Learning Objective:** Understand it',
        labelled: { label: 'Learning Objective', text: 'Understand it', bold: true },
      },
    ],
    [
      '- **Task (30 min):** Study: Driver, Executors',
      {
        kind: 'bullet',
        body: '**Task (30 min):** Study: Driver, Executors',
        checkbox: false,
        labelled: { label: 'Task (30 min)', text: 'Study: Driver, Executors', bold: true },
      },
    ],
    [
      '- **📝 LinkedIn Post**: "Title"',
      {
        kind: 'bullet',
        body: '**📝 LinkedIn Post**: "Title"',
        checkbox: false,
        labelled: { label: 'LinkedIn Post', text: '"Title"', bold: true },
      },
    ],
    [
      '* Python Skill: Decorators',
      {
        kind: 'bullet',
        body: 'Python Skill: Decorators',
        checkbox: false,
        labelled: { label: 'Python Skill', text: 'Decorators', bold: false },
      },
    ],
    [
      '- **Checkpoint:**',
      {
        kind: 'bullet',
        body: '**Checkpoint:**',
        checkbox: false,
        labelled: { label: 'Checkpoint', text: '', bold: true },
      },
    ],
    [
      '- See https://spark.apache.org',
      { kind: 'bullet', body: 'See https://spark.apache.org', checkbox: false, labelled: null },
    ],
    [
      '- **Important** words',
      { kind: 'bullet', body: '**Important** words', checkbox: false, labelled: null },
    ],
    [
      '- [ ] RDD, DataFrame, and Dataset APIs',
      { kind: 'bullet', body: 'RDD, DataFrame, and Dataset APIs', checkbox: true, labelled: null },
    ],
    ['- [x] Done: yes', { kind: 'bullet', body: 'Done: yes', checkbox: true, labelled: null }],
  ])('WHEN classifying %j THEN it reads its Markdown shape', (raw, expected) => {
    expect(classifyLine(raw)).toEqual(expected);
  });
});
