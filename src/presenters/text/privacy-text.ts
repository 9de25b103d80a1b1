import type { ExportOutcome } from '../../app/privacy/export.js';
import type { ForgetOutcome } from '../../app/privacy/forget-me.js';

/** `/export` when there is nothing to hand over, or the record could not be read. */
export function renderExportProblem(outcome: Exclude<ExportOutcome, { kind: 'export' }>): string {
  if (outcome.kind === 'no-data') {
    return "I have no data stored for you, so there's nothing to export. /today starts your first day.";
  }
  return `I couldn't read your saved progress, so I set it aside for an admin (${outcome.quarantineKey}). Nothing was exported.`;
}

/** `/export` done: what the files are. */
export function renderExportDone(files: {
  readonly json: string;
  readonly markdown: string;
  /** How many kept proof files come with the export. */
  readonly proofFiles?: number;
}): string {
  const proofFiles = files.proofFiles ?? 0;
  return [
    proofFiles === 0 ? 'Your data, in two files:' : 'Your data:',
    `${files.json}: every record I keep about you, as JSON.`,
    `${files.markdown}: your portfolio, each day done with its proof and feedback, and each reviewed post.`,
    ...(proofFiles === 0
      ? []
      : [
          `proof-day…: the ${proofFiles === 1 ? 'file' : `${proofFiles} files`} you handed in as proof, kept because Discord's links to them expire.`,
        ]),
  ].join('\n');
}

/** Above further files of an export that did not fit in one message. */
export const EXPORT_FILES_CONTINUED = 'More of your proof files:';

/** What `/forget-me` deletes, asked before anything is deleted. */
export const FORGET_ME_QUESTION =
  'This deletes everything I keep about you: your progress, proofs, reviews, settings and your place on leaderboards. It cannot be undone. /export first if you want a copy.';

/** `/forget-me` after the learner said no, or let it lapse. */
export const FORGET_ME_CANCELLED = 'Nothing was deleted.';

/** `/forget-me` done. */
export function renderForgotten(outcome: ForgetOutcome): string {
  if (outcome.kind === 'expired')
    return 'That question has expired, so nothing was deleted. Run /forget-me again if you still want to.';
  if (outcome.kind === 'nothing-stored') return 'I had nothing stored about you. Nothing to delete.';
  return 'Done: everything I kept about you is deleted. If you use the coach again, you start fresh.';
}
