import type { LoadJourneyResult } from '../adapters/curriculum/load-journey.js';
import type { LoadPlanResult } from '../adapters/curriculum/load-plan.js';
import type { Journey } from '../core/curriculum/journey.js';
import type { Plan } from '../core/curriculum/plan.js';
import { planSummary, type PlanSummary } from '../core/curriculum/plan-summary.js';
import type { CliCommand, CliIo, CliOutcome } from './command.js';

/** Reads and parses a plan file; the CLI's composition root passes `loadPlanFile`. */
export type LoadPlan = (path: string) => Promise<LoadPlanResult>;

/** Reads the plans `CURRICULUM_FILE` may name (a file, a folder, a list) as one journey. */
export type LoadJourney = (setting: string) => Promise<LoadJourneyResult>;

/** Each cycle's summary line, then, for more than one cycle, the journey's: "journey: 3 cycles, 90 days (1-90)". */
export function journeyLines(journey: Journey): string[] {
  const lines = journey.cycles.map(
    (cycle) => `ok: ${cycle.source}: ${formatSummary(planSummary(cycle.plan))}`,
  );
  if (journey.cycles.length === 1) return lines;
  const first = journey.cycles[0]?.firstDay ?? 0;
  const last = journey.cycles[journey.cycles.length - 1]?.lastDay ?? 0;
  return [
    ...lines,
    `journey: ${journey.cycles.length} cycles, ${journey.days.length} days (${first}-${last})`,
  ];
}

// Key order follows PlanSchema because the parser returns the schema's own output.
const exportPlan = (plan: Plan, io: CliIo) => io.out(`${JSON.stringify(plan, null, 2)}\n`);

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

/** `curriculum check <file|folder|list>` and `curriculum export <file>`. */
export function curriculumCommand(loadPlan: LoadPlan, loadJourney: LoadJourney): CliCommand {
  return {
    name: 'curriculum',
    usage: [
      { args: 'curriculum check <file>', summary: 'check a plan file (or a folder or list: a journey)' },
      { args: 'curriculum export <file>', summary: 'print a plan file as JSON' },
    ],
    async run(args, io): Promise<CliOutcome> {
      const [action, file, ...extra] = args;
      if (action === undefined) return { kind: 'usage', message: 'missing curriculum command' };
      if (action !== 'check' && action !== 'export')
        return { kind: 'usage', message: `unknown curriculum command "${action}"` };
      if (file === undefined) return { kind: 'usage', message: `missing <file> for curriculum ${action}` };
      if (extra.length > 0) return { kind: 'usage', message: `unexpected argument "${extra[0]}"` };
      const loaded = action === 'check' ? await loadJourney(file) : await loadPlan(file);
      if (loaded.kind === 'unreadable') {
        io.err(`study-coach: ${loaded.message}\n`);
        return { kind: 'failed' };
      }
      if (loaded.kind === 'invalid') {
        io.err(loaded.problems.map((problem) => `${problem}\n`).join(''));
        return { kind: 'failed' };
      }
      if ('journey' in loaded)
        io.out(
          journeyLines(loaded.journey)
            .map((line) => `${line}\n`)
            .join(''),
        );
      else exportPlan(loaded.plan, io);
      return { kind: 'done' };
    },
  };
}
