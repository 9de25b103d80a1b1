import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/curriculum/parse-plan.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'plans');
const SECTION_HINT = '"## Module N: Title (Days A-B)", "### Week N: Title" or "## Days A-B: Title"';
const LABEL_HINT = 'write "- **Label:** text"';

function problemsOf(text: string): string[] {
  const result = parsePlan(text);
  return result.kind === 'invalid' ? result.problems.map(({ line, message }) => `${line}: ${message}`) : [];
}

describe('GIVEN a malformed plan file', () => {
  it.each<[string, string[]]>([
    [
      'missing-fields.md',
      [
        '9: Day 2 has no Task or Project',
        '21: Day 4: "Tools" has no text',
        '22: Day 4: "Checkpoint" has no text',
        '23: Day 4: "LinkedIn Post" has no title',
      ],
    ],
    [
      'numbering.md',
      [
        `3: Day 1 is not inside a section; put it under ${SECTION_HINT}`,
        '8: Module 1 says Days 1-3 but holds Days 2-5',
        '15: Day 2 is repeated (first at line 10)',
        '25: Section "Review" says Days 6-7 but holds Days 4-10',
        '27: Day 4 is out of order: it comes after Day 5',
        '27: Day 3 is missing (between Day 2 and Day 4)',
        '32: Days 6-9 are missing (between Day 5 and Day 10)',
        '37: Module 2 has no days',
      ],
    ],
    [
      'bad-bullets.md',
      [
        '5: bullet is not under a day; add "### Day N - Title" above it',
        '9: Day 1: cannot read the time in "Task (half an hour)"; write e.g. "Task (30 min)" or "Task (1 hour)"',
        `11: Day 1: bullet has no label; ${LABEL_HINT}`,
        `12: Day 1: line not understood; ${LABEL_HINT}`,
        `13: Day 1: bullet has no label; ${LABEL_HINT}`,
        '23: Day 3: bad resource link "spark.apache.org": write it as [title](https://...)',
        '24: Day 3: bad resource link [Spark](spark.apache.org/docs): the address must start with https:// or http://',
        '25: Day 3: bad resource link [](https://spark.apache.org): the title is empty',
        '32: Day 4: second Task (first at line 31)',
        '34: Day 4: second Checkpoint (first at line 33)',
        '36: Day 4: second "Tools" (first at line 35)',
        '38: Day 4: second post (first at line 37)',
      ],
    ],
    [
      'refused-numbering-weeks.md',
      ['11: Day 2 is repeated (first at line 8)', '16: Days 3-4 are missing (between Day 2 and Day 5)'],
    ],
    ['refused-no-task.md', ['8: Day 2 has no Task or Project', '14: Day 3: "Task (30 min)" has no text']],
    [
      'refused-misspelled-labels.md',
      [
        '8: Day 41: "Pyhton Skill" is not a label I know; did you mean "Python Skill"?',
        '9: Day 41: "Checkpint" is not a label I know; did you mean "Checkpoint"?',
        '10: Day 41: "LinkdIn Post" is not a label I know; did you mean "LinkedIn Post"?',
        '13: Day 42: "Learning Objectve" is not a label I know; did you mean "Learning Objective"?',
        '14: Day 42: "Taks (30 min)" is not a label I know; did you mean "Task (30 min)"?',
        '15: Day 42: "Resorces" is not a label I know; did you mean "Resources"?',
        '17: Day 42: "Checkpont" is not a label I know; did you mean "Checkpoint"?',
        '18: Day 42: "Blog Psot" is not a label I know; did you mean "Blog Post"?',
      ],
    ],
    [
      'refused-broken-links.md',
      [
        '7: Day 1: bad resource link [No scheme](docs.example.com/guide): the address must start with https:// or http://',
        '8: Day 1: bad resource link [](https://example.com/empty-title): the title is empty',
        '9: Day 1: bad resource link "[Unclosed](https://example.com/unclosed": write it as [title](https://...)',
        '10: Day 1: bad resource link "[Space before] (https://example.com/space)": write it as [title](https://...)',
        '11: Day 1: bad resource link "docs.example.com/bare": write it as [title](https://...)',
        '12: Day 1: bad resource link [Not web](ftp://example.com/file): the address must start with https:// or http://',
        '18: Day 2: bad resource link [Broken](example.com/broken): the address must start with https:// or http://',
        '19: Day 2: bad resource link "www.example.com": write it as [title](https://...)',
      ],
    ],
    [
      'bad-headings.md',
      [
        `3: section heading not understood: "Module One: Words (Days 1-2)"; write ${SECTION_HINT}`,
        '10: Module 2 says Days 2-3 but holds Day 3',
        '12: day heading not understood: "Day Two - Words"; write "### Day N - Title"',
        '15: day heading not understood: "Day 2 -"; write "### Day N - Title"',
        '17: heading not understood inside a section: "Notes"; write "### Day N - Title"',
        '20: Day 2 is missing (between Day 1 and Day 3)',
        '25: the "# Title" heading must come before any "## " heading',
      ],
    ],
  ])('WHEN parsing %s THEN it lists every problem with its line', (file, expected) => {
    expect(problemsOf(readFileSync(join(fixtures, file), 'utf8'))).toEqual(expected);
  });
});

const day = (n: number, ...bullets: string[]) => [
  `### **Day ${n} - Title ${n}**`,
  `**🎯 Learning Objective:** Objective ${n}`,
  ...bullets,
  `- **Checkpoint:** Checkpoint ${n}`,
];
const plan = (...lines: string[]) => ['# Plan', '## **Module 1: Only (Days 1-1)**', ...lines].join('\n');

describe('GIVEN small plans written inline', () => {
  it.each<[string, string, string[]]>([
    [
      'an empty file',
      '',
      [
        '1: no title; start the plan with "# Title"',
        '1: no days; write "### Day N - Title" under a section heading',
      ],
    ],
    [
      'a title and nothing else',
      '# Plan\n\nSome words.',
      ['1: no days; write "### Day N - Title" under a section heading'],
    ],
    [
      'zero minutes',
      plan(...day(1, '- **Task (0 min):** Nothing')),
      ['5: Day 1: cannot read the time in "Task (0 min)"; write e.g. "Task (30 min)" or "Task (1 hour)"'],
    ],
    [
      'a fraction of a minute',
      plan(...day(1, '- **Task (0.01 hours):** Blink')),
      [
        '5: Day 1: cannot read the time in "Task (0.01 hours)"; write e.g. "Task (30 min)" or "Task (1 hour)"',
      ],
    ],
    [
      'a javascript: link',
      plan(...day(1, '- **Task (30 min):** T', '- **Resource:** [x](javascript:alert(1))')),
      [
        '6: Day 1: bad resource link [x](javascript:alert(1)): the address must start with https:// or http://',
      ],
    ],
    [
      'two success criteria',
      `${plan(...day(1, '- **Task (30 min):** T'))}\n**Success Criteria:** A\n**Success Criteria:** B`,
      ['8: second Success Criteria (first at line 7)'],
    ],
    [
      'a repeated assessment heading',
      `${plan(...day(1, '- **Task (30 min):** T'))}\n## Cycle Assessment\n### Skills:\n- [ ] A\n### Skills\n- [ ] B`,
      ['10: assessment heading "Skills" is repeated'],
    ],
    [
      'a second objective',
      plan(...day(1, '- **Task (30 min):** T', '**Learning Objective:** Again')),
      ['6: Day 1: second Learning Objective (first at line 4)'],
    ],
    [
      'a second Project beside a Task',
      plan(...day(1, '- **Task (30 min):** T', '- **Project:** P', '- **Projects (1 hour):** Q')),
      ['7: Day 1: second Project (first at line 6)'],
    ],
    [
      'a misspelt label with a nested list',
      plan(...day(1, '- **Task (30 min):** T', '- **Resorces:**', '  - [a](https://example.com/a)')),
      ['6: Day 1: "Resorces" is not a label I know; did you mean "Resources"?'],
    ],
    [
      'a misspelt label on a line of its own, unbolded',
      plan(...day(1, '- **Task (30 min):** T', 'Pyhton Skill: Lists')),
      ['6: Day 1: "Pyhton Skill" is not a label I know; did you mean "Python Skill"?'],
    ],
    [
      'a week inside a module',
      ['# Plan', '## Module 1: Outer', '### Week 1: Inner', ...day(1, '- **Task:** T')].join('\n'),
      ['3: "Week 1: Inner" is inside Module 1; group the days under modules or under weeks, not both'],
    ],
    [
      'headings like a week in a free part of the file',
      `${plan(...day(1, '- **Task:** T'))}\n## Notes\n### Week in review\n### Days to remember`,
      [],
    ],
    [
      'a week heading that cannot be read',
      ['# Plan', '### Week One: Start', ...day(1, '- **Task:** T')].join('\n'),
      [`2: section heading not understood: "Week One: Start"; write ${SECTION_HINT}`],
    ],
  ])('WHEN parsing %s THEN the problems are exactly these', (_name, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  it.each<[string, number | null]>([
    ['Task (30 min)', 30],
    ['Task (30 minutes)', 30],
    ['Task (45min)', 45],
    ['task (1 hour)', 60],
    ['Project (2 hours)', 120],
    ['Project (1.5 h)', 90],
    ['Task (1 h 30 min)', 90],
    ['Tasks (20 mins)', 20],
    ['Task', null],
    ['Project', null],
  ])('WHEN the activity label is "%s" THEN it lasts %s minutes', (label, minutes) => {
    const result = parsePlan(plan(...day(1, `- **${label}:** Work`)));
    expect(result.kind === 'ok' && result.plan.days[0]?.activities[0]?.minutes).toBe(minutes);
  });
});

describe('GIVEN the real plan cut or damaged line by line', () => {
  const lines = readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'curriculum', 'days-31-60-spark-airflow.md'),
    'utf8',
  ).split('\n');
  const dayHeadings = (text: string) =>
    text.split('\n').filter((line) => /^###\s.*Day\s+\d/.test(line)).length;
  const variants = [
    ...lines.map((_, cut) => lines.slice(0, cut).join('\n')),
    ...lines.map((_, drop) => lines.filter((__, index) => index !== drop).join('\n')),
    ...lines.map((_, index) =>
      lines.map((line, i) => (i === index ? line.replace(/\*\*|:/g, '') : line)).join('\n'),
    ),
  ];

  it('WHEN parsing every variant THEN it never throws and never drops a day silently', () => {
    for (const text of variants) {
      const result = parsePlan(text);
      if (result.kind === 'ok') expect(result.plan.days).toHaveLength(dayHeadings(text));
      else expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});
