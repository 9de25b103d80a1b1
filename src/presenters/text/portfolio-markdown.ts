import type { LearnerExport } from '../../app/privacy/export.js';
import { activityLabel, labelledText } from '../../core/curriculum/day-parts.js';
import { placeOfDay, sectionLabel } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { REVIEW_CRITERIA } from '../../core/review/post-review.js';
import { postLabel } from './day-text.js';
import { CRITERION, VERDICT as REVIEW_VERDICTS } from './review-text.js';

const VERDICTS = { meets: 'Meets the checkpoint', partly: 'Partly there', 'not-yet': 'Not yet' } as const;

/** Learner text inside Markdown: one paragraph per line break kept, headings and HTML defused. */
function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line.replace(/</g, '&lt;')}`)
    .join('\n');
}

/** The learner's portfolio: each day done with its proof and feedback, then each reviewed post. */
export function renderPortfolio(plan: Plan, data: LearnerExport): string {
  const { learner } = data;
  const lines = [
    `# ${learner.displayName.replace(/[\r\n#]/g, ' ').trim() || 'Learner'} · ${plan.title}`,
    '',
    `Exported ${data.exportedAt.slice(0, 10)}. ${learner.completions.length} of ${plan.days.length} days done, ${data.reviews.length === 1 ? '1 post' : `${data.reviews.length} posts`} reviewed.`,
    '',
    '## Days done',
  ];
  // A kept proof file stands in for its link, which expires.
  const kept = new Map(data.proofFiles.map((file) => [file.url, file.file]));
  if (learner.completions.length === 0) lines.push('', 'No days done yet.');
  for (const done of learner.completions) {
    const place = placeOfDay(plan, done.day);
    const title = place === undefined ? `Day ${done.day}` : `Day ${done.day} · ${place.day.title}`;
    lines.push('', `### ${title}`, '');
    if (place !== undefined) {
      const { checkpoint, activities } = place.day;
      // Without a checkpoint, the proof was for the task: show what the task asked.
      const asked =
        checkpoint === null
          ? activities.map((activity) => labelledText(activityLabel(activity), activity.text))
          : [labelledText('Checkpoint', checkpoint)];
      lines.push(`${sectionLabel(place.section)} · done ${done.localDate}`, '', ...asked, '');
    }
    if (done.proof.text !== '') lines.push(quote(done.proof.text), '');
    for (const link of done.proof.links) {
      const file = kept.get(link);
      lines.push(file === undefined ? `- <${link}>` : `- ${file} (a copy comes with this export)`);
    }
    if (done.assessment !== null) {
      const { verdict } = done.assessment;
      const onTask = place?.day.checkpoint === null && verdict === 'meets';
      lines.push(
        '',
        `Feedback: ${onTask ? 'Meets the task' : VERDICTS[verdict]}. ${done.assessment.why}`,
        `Next step: ${done.assessment.nextStep}`,
      );
    }
  }
  lines.push('', '## Reviewed posts');
  if (data.reviews.length === 0) lines.push('', 'No posts reviewed yet.');
  for (const post of data.reviews) {
    const { review } = post;
    lines.push('', `### ${postLabel(post.kind)}, Day ${post.day}: ${post.title}`, '');
    // Reviewed without the AI coach (no key, or no answer): the deterministic checks only.
    if (review === null) {
      lines.push(
        `Checked (${post.at.slice(0, 10)})`,
        '',
        ...post.checks.map((check) => `- ${check.message}`),
      );
    } else {
      lines.push(`${REVIEW_VERDICTS[review.verdict]} (${post.at.slice(0, 10)})`, '');
      for (const criterion of REVIEW_CRITERIA) {
        const score = review.criteria[criterion];
        lines.push(`- ${CRITERION[criterion]}: ${score.score} of 5. ${score.reason}`);
      }
      if (review.fixes.length > 0) lines.push('', 'Fixes:', ...review.fixes.map((fix) => `- ${fix}`));
      lines.push('', `Suggested opening: ${review.suggestedOpening}`);
    }
    lines.push('', 'Draft:', '', quote(post.draft));
  }
  return `${lines.join('\n')}\n`;
}
