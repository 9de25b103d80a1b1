import { escapeMarkdown } from 'discord.js';
import type { AssessmentOutcome, ProgressOutcome } from '../../../app/progress/progress-view.js';
import type { ProgressCard } from '../../../core/progress/card-model.js';
import { cardTextParts } from '../../../core/progress/card-text.js';
import { sectionColor } from '../../../core/progress/section-palette.js';
import { assessmentParts, progressSummary } from '../../../presenters/text/progress-text.js';
import type { ReplyBody, ReplyFile } from '../respond.js';
import { EMBED_COLORS } from './embed-colors.js';
import { embedReply } from './embed-pages.js';
import { fieldsOfLines } from './labelled-line.js';

/**
 * `/progress` as an embed in the colour of the learner's section: the summary, the card's
 * words (a field per section, the recent weeks, the totals, the legend) and the card image.
 */
export function progressReply(
  outcome: Extract<ProgressOutcome, { kind: 'progress' }>,
  cohortLine: string | null,
  card: ReplyFile,
): ReplyBody {
  const parts = cardTextParts(outcome.card);
  const blocks = [...parts.sections, ...(parts.dates === null ? [] : [parts.dates])];
  const totals = fieldsOfLines(parts.totals, true);
  return embedReply(
    {
      // The heading carries the learner's name as typed: shown, not formatted.
      title: escapeMarkdown(parts.heading),
      description: [
        ...progressSummary(outcome, cohortLine),
        '',
        parts.planTitle,
        parts.status,
        ...totals.description,
      ].join('\n'),
      color: currentSectionColor(outcome.card),
      fields: [
        ...blocks.map((block) => ({ name: block.heading.replace(/:$/, ''), value: block.rows.join('\n') })),
        ...totals.fields,
      ],
      footer: parts.legend,
      imageUrl: `attachment://${card.name}`,
    },
    [card],
  );
}

/** The card's colour of the section the learner is on; once done, of the last section they finished in. */
function currentSectionColor(card: ProgressCard): number {
  const current = card.sections.find((section) =>
    section.days.some(
      (day) => day.day === card.currentDay || day.state === 'today' || day.state === 'paused',
    ),
  );
  const lastDone = [...card.sections]
    .reverse()
    .find((section) => section.days.some((d) => d.state === 'done'));
  return (current ?? lastDone ?? card.sections[0])?.color ?? EMBED_COLORS.neutral;
}

/** `/assessment` as an embed in the colour of the learner's section: the count first, a field per checklist. */
export function assessmentReply(outcome: Extract<AssessmentOutcome, { kind: 'assessment' }>): ReplyBody {
  const parts = assessmentParts(outcome);
  return embedReply({
    title: parts.title,
    description: parts.summary,
    color: sectionColor(outcome.sectionIndex),
    fields: parts.checklists.map((list) => ({ name: list.heading, value: list.items.join('\n') })),
  });
}
