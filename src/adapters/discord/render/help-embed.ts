import type { ReplyBody } from '../respond.js';
import { EMBED_COLORS } from './embed-colors.js';
import { embedReply } from './embed-pages.js';
import { fieldsOfLines } from './labelled-line.js';
import { renderHelp } from './learner-text.js';

/** `/help` as a neutral embed: a field per line of the help text (`/today` / what it does), in its order. */
export function helpReply(text: string = renderHelp()): ReplyBody {
  const [heading = '', ...lines] = text.split('\n');
  const { description, fields } = fieldsOfLines(lines);
  return embedReply({
    title: heading.replace(/:$/, ''),
    ...(description.length === 0 ? {} : { description: description.join('\n') }),
    color: EMBED_COLORS.neutral,
    fields,
  });
}
