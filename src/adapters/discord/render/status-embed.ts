import type { StatusOutcome } from '../../../app/servers/outcomes.js';
import type { ReplyBody } from '../respond.js';
import { EMBED_COLORS } from './embed-colors.js';
import { embedReply } from './embed-pages.js';
import { fieldsOfLines } from './labelled-line.js';
import { renderStatus } from './server-admin-text.js';

/**
 * `/coach status` as an embed: each labelled line of the status text (`Schedule: ...`,
 * `Next post: ...`, and any line added there or passed in `lines`) becomes a field, other lines
 * the description; green when nothing needs fixing, red when a post failed or `problem` says so.
 */
export function statusReply(
  outcome: Extract<StatusOutcome, { kind: 'status' }>,
  lines: readonly string[] = renderStatus(outcome).split('\n'),
  problem: boolean = outcome.problem !== null,
): ReplyBody {
  const { description, fields } = fieldsOfLines(lines);
  return embedReply({
    title: 'Coach status',
    ...(description.length === 0 ? {} : { description: description.join('\n') }),
    color: problem ? EMBED_COLORS.problem : EMBED_COLORS.ok,
    fields,
  });
}
