import type { LoadPlanResult } from '../adapters/curriculum/load-plan.js';
import type { Plan } from '../core/curriculum/plan.js';
import { planSummary, type PlanSummary } from '../core/curriculum/plan-summary.js';
import type { CliCommand, CliIo, CliOutcome } from './command.js';

/** Reads and parses a plan file; the CLI's composition root passes `loadPlanFile`. */
export type LoadPlan = (path: string) => Promise<LoadPlanResult>;

const ACTIONS: Record<string, (file: string, plan: Plan, io: CliIo) => void> = {
  check: (file, plan, io) => io.out(`ok: ${file}: ${formatSummary(planSummary(plan))}\n`),
  // Key order follows PlanSchema because the parser returns the schema's own output.
  export: (_file, plan, io) => io.out(`${JSON.stringify(plan, null, 2)}\n`),
};

/**
 * "30 days (31-60), 5 sections, 12 LinkedIn + 5 blog posts, 4 project days", then, when some
 * days have no checkpoint, ", 3 days without a checkpoint (94, 97-98)".
 */
export function formatSummary(summary: PlanSummary): string {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const { firstDay, lastDay, withoutCheckpoint } = summary;
  const days = firstDay === lastDay ? `${firstDay}` : `${firstDay}-${lastDay}`;
  const parts = [
    `${count(summary.days, 'day')} (${days})`,
    count(summary.sections, 'section'),
    `${summary.linkedinPosts} LinkedIn + ${count(summary.blogPosts, 'blog post')}`,
    count(summary.projects, 'project day'),
  ];
  if (withoutCheckpoint.length > 0) {
    parts.push(`${count(withoutCheckpoint.length, 'day')} without a checkpoint (${runs(withoutCheckpoint)})`);
  }
  return parts.join(', ');
}

/** "94, 97-98": day numbers with consecutive runs joined. */
function runs(days: readonly number[]): string {
  const out: string[] = [];
  let start = days[0];
  days.forEach((day, index) => {
    const next = days[index + 1];
    if (next === day + 1 || start === undefined) return;
    out.push(start === day ? `${day}` : `${start}-${day}`);
    start = next;
  });
  return out.join(', ');
}

/** `curriculum check <file>` and `curriculum export <file>`. */
export function curriculumCommand(loadPlan: LoadPlan): CliCommand {
  return {
    name: 'curriculum',
    usage: [
      { args: 'curriculum check <file>', summary: 'check a plan file and print a summary' },
      { args: 'curriculum export <file>', summary: 'print a plan file as JSON' },
    ],
    async run(args, io): Promise<CliOutcome> {
      const [action, file, ...extra] = args;
      if (action === undefined) return { kind: 'usage', message: 'missing curriculum command' };
      const run = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
      if (run === undefined) return { kind: 'usage', message: `unknown curriculum command "${action}"` };
      if (file === undefined) return { kind: 'usage', message: `missing <file> for curriculum ${action}` };
      if (extra.length > 0) return { kind: 'usage', message: `unexpected argument "${extra[0]}"` };
      const loaded = await loadPlan(file);
      if (loaded.kind === 'unreadable') {
        io.err(`study-coach: ${loaded.message}\n`);
        return { kind: 'failed' };
      }
      if (loaded.kind === 'invalid') {
        io.err(loaded.problems.map((problem) => `${problem}\n`).join(''));
        return { kind: 'failed' };
      }
      run(file, loaded.plan, io);
      return { kind: 'done' };
    },
  };
}
