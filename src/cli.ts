import { loadJourney } from './adapters/curriculum/load-journey.js';
import { loadPlanFile } from './adapters/curriculum/load-plan.js';
import { curriculumCommand } from './cli/curriculum.js';
import type { CliCommand } from './cli/command.js';
import { runCli } from './cli/router.js';

// Composition root of the `study-coach` CLI: every subcommand is listed here.
const commands = [curriculumCommand(loadPlanFile, loadJourney)] satisfies CliCommand[];

process.exitCode = await runCli(process.argv.slice(2), commands, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
