import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { PostReviewSchema } from '../core/review/post-review.js';
import { rememberLearnerKey } from './learner-keys.js';
import type { Clock, Logger, Store } from './ports.js';
import { readRecord, writeRecord } from './records.js';

const PostKindSchema = z.enum(['linkedin', 'blog']);

/** A reviewed draft as stored: the draft itself, the checks, and the model's review when there was one. */
export const StoredReviewSchema = z.object({
  day: z.number().int().positive(),
  postKind: PostKindSchema,
  postTitle: z.string(),
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

/** Posts a learner has written, counted as days with a reviewed draft of that kind. */
export interface PostsWritten {
  readonly linkedin: number;
  readonly blog: number;
}

const VERSION = 1;

/** The set listing a learner's reviews; members are `<day>:<kind>:<stamp>-<random>`. */
export const reviewsKey = (learnerId: string): string => `coach-reviews:${learnerId}`;
const reviewKey = (learnerId: string, member: string): string => `coach-review:${learnerId}:${member}`;

/**
 * The one place reviews are kept and counted. Each review is its own record and is listed
 * in a set, so saving needs no lock; posts written are read from the set's members alone.
 */
export function createReviews(deps: { store: Store; clock: Clock; logger: Logger }) {
  const { store, clock, logger } = deps;

  const members = async (learnerId: string) =>
    (await store.setMembers(reviewsKey(learnerId))).flatMap((member) => {
      const match = /^(\d+):(linkedin|blog):(\S+)$/.exec(member);
      return match === null ? [] : [{ member, day: Number(match[1]), kind: match[2] as 'linkedin' | 'blog' }];
    });

  return {
    async save(learnerId: string, review: StoredReview): Promise<void> {
      // The random tail keeps two reviews in the same millisecond apart.
      const member = `${review.day}:${review.postKind}:${review.at.replace(/[-:]/g, '')}-${randomUUID().slice(0, 8)}`;
      const key = reviewKey(learnerId, member);
      await rememberLearnerKey(store, learnerId, reviewsKey(learnerId));
      await rememberLearnerKey(store, learnerId, key);
      await writeRecord(store, key, VERSION, StoredReviewSchema.parse(review));
      await store.addToSet(reviewsKey(learnerId), member);
    },

    /** LinkedIn and blog posts written: a day counts once per kind however often its draft was reviewed. */
    async postsWritten(learnerId: string): Promise<PostsWritten> {
      const found = await members(learnerId);
      const days = (kind: 'linkedin' | 'blog') =>
        new Set(found.filter((one) => one.kind === kind).map((one) => one.day)).size;
      return { linkedin: days('linkedin'), blog: days('blog') };
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

/** The review store, as built by `createReviews`. */
export type Reviews = ReturnType<typeof createReviews>;
