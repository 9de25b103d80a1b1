import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../../app/coaching/ask.js';
import { MAX_DRAFT_CHARS } from '../../../app/coaching/draft-review.js';
import type { Post } from '../../../core/curriculum/plan.js';

/** Custom ids of the coach's text inputs. */
export const QUESTION_INPUT_ID = 'question';
export const DRAFT_INPUT_ID = 'draft';

/** What a coach form is for: a question about a day, or a draft to review (kind chosen or the day's). */
export type CoachModalId =
  | { readonly kind: 'ask'; readonly day: number }
  | { readonly kind: 'review'; readonly postKind: Post['kind'] | null };

/** `ask:31`, `review:linkedin`, `review:auto`. */
export function coachModalId(id: CoachModalId): string {
  return id.kind === 'ask' ? `ask:${id.day}` : `review:${id.postKind ?? 'auto'}`;
}

/** The form a custom_id stands for, or undefined when it is not a coach form. */
export function parseCoachModalId(customId: string): CoachModalId | undefined {
  const ask = /^ask:([1-9]\d{0,5})$/.exec(customId);
  if (ask) return { kind: 'ask', day: Number(ask[1]) };
  const review = /^review:(linkedin|blog|auto)$/.exec(customId);
  if (review) return { kind: 'review', postKind: review[1] === 'auto' ? null : (review[1] as Post['kind']) };
  return undefined;
}

/** The question form behind a day's "Ask a question" button. Titles stay under Discord's 45 characters. */
export function askModal(day: number): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(coachModalId({ kind: 'ask', day }))
    .setTitle(`Ask about Day ${day}`)
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('Your question')
        .setDescription('One thing at a time; the coach answers from your day.')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(QUESTION_INPUT_ID)
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(true)
            .setMaxLength(MAX_QUESTION_CHARS),
        ),
    );
}

/** The draft form of `/review`: up to 4,000 characters, Discord's text input maximum. */
export function reviewModal(postKind: Post['kind'] | null): ModalBuilder {
  const what = postKind === 'blog' ? 'blog post' : postKind === 'linkedin' ? 'LinkedIn post' : 'post';
  return new ModalBuilder()
    .setCustomId(coachModalId({ kind: 'review', postKind }))
    .setTitle(`Review your ${what} draft`)
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('Your draft')
        .setDescription('Longer than 4,000 characters? Use /review file: with a .md or .txt file.')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(DRAFT_INPUT_ID)
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(true)
            .setMaxLength(MAX_DRAFT_CHARS.modal),
        ),
    );
}
