import { addDayLine, finishDay, startDay, type DayDraft } from './day-draft.js';
import type { PlanProblem } from './plan.js';
import {
  readBlockHeading,
  readDayHeading,
  readSectionHeading,
  type SectionHeading,
} from './plan-headings.js';
import type { PlanReading, ReadDay, ReadSection } from './plan-reading.js';
import { classifyLine, stripMarkup, type PlanLine } from './plan-line.js';

/** Which kind of block the current lines belong to. */
type Block =
  | { readonly kind: 'preamble' | 'goals' | 'other' }
  | { readonly kind: 'assessment'; readonly heading: string }
  /** `section` is null under a section heading that could not be read (already reported). */
  | { readonly kind: 'section'; readonly section: ReadSection | null; readonly level: number };

const SECTION_HINT = '"## Module N: Title (Days A-B)", "### Week N: Title" or "## Days A-B: Title"';

/** Reads the lines of a plan file (without line breaks) into its parts and line-level problems. */
export function readPlanLines(lines: readonly string[]): PlanReading {
  const reader = new PlanReader();
  lines.forEach((raw, index) => reader.read(classifyLine(raw), index + 1));
  return reader.finish();
}

class PlanReader {
  private title: string | null = null;
  private readonly goals: string[] = [];
  private readonly sections: ReadSection[] = [];
  private readonly days: ReadDay[] = [];
  private readonly assessment: Record<string, string[]> = {};
  private successCriteria: { readonly text: string; readonly line: number } | null = null;
  private readonly problems: PlanProblem[] = [];
  private block: Block = { kind: 'preamble' };
  private draft: DayDraft | null = null;
  /** Set under a heading that could not be read (already reported) until the next heading. */
  private muted = false;

  read(line: PlanLine, lineNo: number): void {
    if (line.kind === 'blank') return;
    if (line.kind === 'heading') return this.readHeading(line.level, line.text, lineNo);
    if (line.labelled !== null && /^success criteria$/i.test(line.labelled.label)) {
      if (this.successCriteria === null) this.successCriteria = { text: line.labelled.text, line: lineNo };
      else this.problem(lineNo, `second Success Criteria (first at line ${this.successCriteria.line})`);
      return;
    }
    if (this.draft !== null) return addDayLine(this.draft, line, lineNo);
    if (line.kind !== 'bullet' || this.muted) return;
    const block = this.block;
    if (block.kind === 'goals') {
      const goal = stripMarkup(line.body);
      if (goal !== '') this.goals.push(goal);
    } else if (block.kind === 'assessment') {
      const item = stripMarkup(line.body);
      if (item !== '') (this.assessment[block.heading] ??= []).push(item);
    } else if (block.kind === 'section') {
      this.problem(lineNo, 'bullet is not under a day; add "### Day N - Title" above it');
    }
  }

  finish(): PlanReading {
    this.closeDay();
    const { title, goals, sections, days, assessment, problems } = this;
    return {
      title,
      goals,
      sections,
      days,
      assessment,
      problems,
      successCriteria: this.successCriteria?.text ?? null,
    };
  }

  private problem(line: number, message: string): void {
    this.problems.push({ line, message });
  }

  private closeDay(): void {
    if (this.draft === null) return;
    const finished = finishDay(this.draft);
    this.problems.push(...finished.problems);
    this.days.push({ number: this.draft.day, line: this.draft.line, day: finished.day });
    this.draft = null;
  }

  private readHeading(level: number, heading: string, lineNo: number): void {
    this.closeDay();
    this.muted = false;
    if (level === 1) {
      if (this.title !== null) this.problem(lineNo, 'second "# " title; a plan has one');
      else if (this.block.kind !== 'preamble')
        this.problem(lineNo, 'the "# Title" heading must come before any "## " heading');
      this.title ??= heading;
    } else if (level === 2) {
      this.block = this.openBlock(heading, lineNo);
    } else {
      this.readSubheading(level, heading, lineNo);
    }
  }

  private openSection(read: SectionHeading, level: number, lineNo: number): Block {
    const { unit: kind, number, title, range } = read;
    const section = { kind, number, title, range, line: lineNo, days: [] };
    this.sections.push(section);
    return { kind: 'section', section, level };
  }

  private openBlock(heading: string, lineNo: number): Block {
    const read = readBlockHeading(heading);
    switch (read.kind) {
      case 'section':
        return this.openSection(read, 2, lineNo);
      case 'malformed':
        this.problem(lineNo, `section heading not understood: "${heading}"; write ${SECTION_HINT}`);
        return { kind: 'section', section: null, level: 2 };
      case 'assessment':
        return { kind: 'assessment', heading };
      default:
        return { kind: read.kind };
    }
  }

  private readSubheading(level: number, heading: string, lineNo: number): void {
    const day = readDayHeading(heading);
    const block = this.block;
    if (day.kind === 'day') {
      if (block.kind === 'section') block.section?.days.push(day.day);
      else this.problem(lineNo, `Day ${day.day} is not inside a section; put it under ${SECTION_HINT}`);
      this.draft = startDay(day.day, day.title, lineNo, day.minutes);
      return;
    }
    if (day.kind === 'malformed') {
      this.problem(lineNo, `day heading not understood: "${heading}"; write "### Day N - Title"`);
      this.muted = true;
      return;
    }
    const section = block.kind === 'assessment' ? null : readSectionHeading(heading);
    // Free parts (`## Notes`) may hold any heading; only where days go is a near-miss reported.
    const free = block.kind === 'other' || block.kind === 'goals';
    if (section?.kind === 'malformed' && free) return;
    if (section?.kind === 'malformed') {
      this.problem(lineNo, `section heading not understood: "${heading}"; write ${SECTION_HINT}`);
      this.block = { kind: 'section', section: null, level };
    } else if (section && block.kind === 'section' && block.level < level) {
      // Days belong to one section; a week inside a module would leave one of them without days.
      const outer = block.section === null ? 'the section above' : nameOf(block.section);
      this.problem(
        lineNo,
        `"${heading}" is inside ${outer}; group the days under modules or under weeks, not both`,
      );
    } else if (section) {
      this.block = this.openSection(section, level, lineNo);
    } else if (block.kind === 'assessment') {
      const name = heading.replace(/\s*:$/, '');
      if (Object.hasOwn(this.assessment, name))
        this.problem(lineNo, `assessment heading "${name}" is repeated`);
      this.block = { kind: 'assessment', heading: name };
    } else if (block.kind === 'section') {
      this.problem(
        lineNo,
        `heading not understood inside a section: "${heading}"; write "### Day N - Title"`,
      );
      this.muted = true;
    }
  }
}

/** "Module 5", "Week 2" or `Section "Review"`: how problems name a section. */
export function nameOf(section: Pick<ReadSection, 'kind' | 'number' | 'title'>): string {
  if (section.kind === 'days' || section.number === null) return `Section "${section.title}"`;
  return `${section.kind === 'week' ? 'Week' : 'Module'} ${section.number}`;
}
