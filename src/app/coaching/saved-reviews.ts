import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Plan } from '../../core/curriculum/plan.js';
import { postsWritten, type PostsWritten } from '../../core/progress/posts-written.js';
import { PostReviewSchema } from '../../core/review/post-review.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';
import type { Clock, Logger, Store } from '../ports.js';
import { readRecord, writeRecord } from '../storage/versioned-records.js';

const PostKindSchema = z.enum(['linkedin', 'blog']);

/** A reviewed draft as stored: the draft itself, the checks, and the model's review when there was one. */
export const StoredReviewSchema = z.object({
  day: z.number().int().positive(),
  kind: PostKindSchema,
  title: z.string(),
  draft: z.string(),
  at: z.iso.datetime(),
  checks: z.array(
    z.object({
      id: z.enum(['length', 'word-count', 'key-terms', 'hashtags', 'links']),
      status: z.enum(['pass', 'warn']),
      message: z.string(),
    }),
  ),
  review: PostReviewSchema.nullable(),
});
export type StoredReview = z.infer<typeof StoredReviewSchema>;

const VERSION = 1;

/** The set listing a learner's reviews; members are `<day>:<kind>:<stamp>-<random>`. */
export const reviewsKey = (learnerId: string): string => `coach-reviews:${learnerId}`;
const reviewKey = (learnerId: string, member: string): string => `coach-review:${learnerId}:${member}`;

/** True for the key of one stored review (export lists them under `reviews`, not as raw records). */
export const isReviewRecordKey = (key: string): boolean => key.startsWith('coach-review:');

/**
 * The one place reviews are kept and counted. Each review is its own record and is listed
 * in a set, so saving needs no lock.
 */
export function createSavedReviews(deps: { store: Store; clock: Clock; logger: Logger }) {
  const { store, clock, logger } = deps;

  const members = async (learnerId: string) =>
    (await store.setMembers(reviewsKey(learnerId))).flatMap((member) => {
      const match = /^(\d+):(linkedin|blog):(\S+)$/.exec(member);
      return match === null ? [] : [{ member, day: Number(match[1]) }];
    });

  return {
    async save(learnerId: string, review: StoredReview): Promise<void> {
      // The random tail keeps two reviews in the same millisecond apart.
      const member = `${review.day}:${review.kind}:${review.at.replace(/[-:]/g, '')}-${randomUUID().slice(0, 8)}`;
      const key = reviewKey(learnerId, member);
      await rememberLearnerKey(store, learnerId, reviewsKey(learnerId));
      await rememberLearnerKey(store, learnerId, key);
      await writeRecord(store, key, VERSION, StoredReviewSchema.parse(review));
      await store.addToSet(reviewsKey(learnerId), member);
    },

    /** Posts written (see core `postsWritten`): each draft is read, since only one long enough counts. */
    async postsWritten(plan: Plan, learnerId: string): Promise<PostsWritten> {
      return postsWritten(plan, await this.list(learnerId));
    },

    /** Every stored review, oldest first (for export). */
    async list(learnerId: string): Promise<StoredReview[]> {
      const now = clock.now();
      const read = await Promise.all(
        (await members(learnerId)).map((one) =>
          readRecord(store, reviewKey(learnerId, one.member), StoredReviewSchema, logger, now),
        ),
      );
      return read
        .flatMap((one) => (one.kind === 'found' ? [one.value] : []))
        .sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}

/** The review store, as built by `createSavedReviews`. */
export type SavedReviews = ReturnType<typeof createSavedReviews>;
