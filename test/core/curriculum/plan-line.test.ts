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
        indent: 0,
        body: '**🎯 Learning Objective:** Understand it',
        labelled: { label: 'Learning Objective', text: 'Understand it', bold: true },
      },
    ],
    [
      '- **Task (30 min):** Study: Driver, Executors',
      {
        kind: 'bullet',
        indent: 0,
        raw: '- **Task (30 min):** Study: Driver, Executors',
        body: '**Task (30 min):** Study: Driver, Executors',
        checkbox: false,
        labelled: { label: 'Task (30 min)', text: 'Study: Driver, Executors', bold: true },
      },
    ],
    [
      '- **📝 LinkedIn Post**: "Title"',
      {
        kind: 'bullet',
        indent: 0,
        raw: '- **📝 LinkedIn Post**: "Title"',
        body: '**📝 LinkedIn Post**: "Title"',
        checkbox: false,
        labelled: { label: 'LinkedIn Post', text: '"Title"', bold: true },
      },
    ],
    [
      '* Python Skill: Decorators',
      {
        kind: 'bullet',
        indent: 0,
        raw: '* Python Skill: Decorators',
        body: 'Python Skill: Decorators',
        checkbox: false,
        labelled: { label: 'Python Skill', text: 'Decorators', bold: false },
      },
    ],
    [
      '- **Checkpoint:**',
      {
        kind: 'bullet',
        indent: 0,
        raw: '- **Checkpoint:**',
        body: '**Checkpoint:**',
        checkbox: false,
        labelled: { label: 'Checkpoint', text: '', bold: true },
      },
    ],
    [
      '- See https://spark.apache.org',
      {
        kind: 'bullet',
        indent: 0,
        raw: '- See https://spark.apache.org',
        body: 'See https://spark.apache.org',
        checkbox: false,
        labelled: null,
      },
    ],
    [
      '- **Important** words',
      {
        kind: 'bullet',
        indent: 0,
        raw: '- **Important** words',
        body: '**Important** words',
        checkbox: false,
        labelled: null,
      },
    ],
    [
      '- [ ] RDD, DataFrame, and Dataset APIs',
      {
        kind: 'bullet',
        indent: 0,
        raw: '- [ ] RDD, DataFrame, and Dataset APIs',
        body: 'RDD, DataFrame, and Dataset APIs',
        checkbox: true,
        labelled: null,
      },
    ],
    [
      '- [x] Done: yes',
      {
        kind: 'bullet',
        indent: 0,
        raw: '- [x] Done: yes',
        body: 'Done: yes',
        checkbox: true,
        labelled: null,
      },
    ],
    [
      '  - [dbt Tutorial](https://docs.getdbt.com)',
      {
        kind: 'bullet',
        indent: 2,
        raw: '  - [dbt Tutorial](https://docs.getdbt.com)',
        body: '[dbt Tutorial](https://docs.getdbt.com)',
        checkbox: false,
        labelled: null,
      },
    ],
    [
      '\t2. cast timestamps',
      {
        kind: 'bullet',
        indent: 4,
        raw: '\t2. cast timestamps',
        body: 'cast timestamps',
        checkbox: false,
        labelled: null,
      },
    ],
    [
      '- **Task** (45 min): Time a task',
      {
        kind: 'bullet',
        indent: 0,
        raw: '- **Task** (45 min): Time a task',
        body: '**Task** (45 min): Time a task',
        checkbox: false,
        labelled: { label: 'Task (45 min)', text: 'Time a task', bold: true },
      },
    ],
    [
      '**\uFFFD\uFFFD Learning Objective:** Damaged',
      {
        kind: 'text',
        indent: 0,
        body: '**\uFFFD\uFFFD Learning Objective:** Damaged',
        labelled: { label: 'Learning Objective', text: 'Damaged', bold: true },
      },
    ],
    ['### \uFFFD\uFFFD Day 183 - Project', { kind: 'heading', level: 3, text: 'Day 183 - Project' }],
    [
      '- ?? Checkpoint: Done',
      {
        kind: 'bullet',
        indent: 0,
        raw: '- ?? Checkpoint: Done',
        body: '?? Checkpoint: Done',
        checkbox: false,
        labelled: { label: 'Checkpoint', text: 'Done', bold: false },
      },
    ],
  ])('WHEN classifying %j THEN it reads its Markdown shape', (raw, expected) => {
    expect(classifyLine(raw)).toEqual(expected);
  });
});
