import { escapeMarkdown } from 'discord.js';
import type { LeaderboardOutcome } from '../../../app/progress/leaderboard.js';
import { leaderboardParts } from '../../../presenters/text/progress-text.js';
import type { ReplyBody } from '../respond.js';
import { EMBED_COLORS } from './embed-colors.js';
import { embedReply } from './embed-pages.js';

/**
 * `/leaderboard` as a neutral embed: a line per learner of the top ten, then the asker's own.
 * Names are shown as typed: markdown escaped, and a zero-width space after each `@` so a name
 * like `@everyone` or `<@id>` is only text (an embed never pings, but would draw a mention).
 */
export function leaderboardReply(outcome: Extract<LeaderboardOutcome, { kind: 'leaderboard' }>): ReplyBody {
  const parts = leaderboardParts(outcome);
  // "1\." so Discord does not turn the ranks into a list it would renumber (ties share a rank).
  const top = parts.top.map((entry) => `${entry.rank}\\. ${inert(entry.name)} · ${entry.standing}`);
  return embedReply({
    title: parts.title,
    description: [...top, '', parts.you].join('\n'),
    color: EMBED_COLORS.neutral,
  });
}

const inert = (name: string): string => escapeMarkdown(name).replace(/@/g, '@\u200b');
