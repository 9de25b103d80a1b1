import { MUTED_INK } from '../../../core/progress/section-palette.js';

/**
 * The colours of the coach's embeds that belong to no section. A section's colour is
 * `sectionColor` of `core/progress/section-palette.ts`, the one palette the progress card and
 * the daily post use; nothing here copies it.
 */
export const EMBED_COLORS = {
  /** Replies about no one section (the leaderboard, help): the card's muted ink. */
  neutral: MUTED_INK,
  /** `/coach status` with nothing to fix: Discord's green. */
  ok: 0x57f287,
  /** `/coach status` with something to fix: Discord's red. */
  problem: 0xed4245,
} as const;
