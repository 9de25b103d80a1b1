import type { PostProblem, ServerSettings } from '../../core/schedule/server-schedule.js';
import type { Logger, Notifier, Store } from '../ports.js';
import type { DeliveryTexts } from './delivery-texts.js';
import type { DmChannels } from './dm-channels.js';
import { serverAdminOf } from '../storage/server-admins.js';
import { deliverLearnerDm } from './learner-dm.js';

/** What telling an admin about a refused post needs. */
export interface PostProblemDmDeps {
  readonly store: Store;
  readonly notifier: Pick<Notifier, 'postText'>;
  readonly dms: DmChannels;
  readonly logger: Logger;
  readonly texts: Pick<DeliveryTexts, 'postProblem'>;
}

/** The marker of one DM about one refused post: one DM per failed day and reason. */
export const postProblemDmKey = (problem: PostProblem, guildId: string): string =>
  `post-problem-dm:${guildId}:${problem.slotDate}:${problem.reason}`;

/**
 * DMs the admin who set the server up that its post was refused, once per failure (a marker
 * per day and reason), so the problem is not only in `/coach status` where no one looks.
 * A server set up before the coach kept its admin, or whose admin was forgotten, has no one to tell.
 */
export async function tellAdminOfProblem(
  deps: PostProblemDmDeps,
  settings: ServerSettings,
  problem: PostProblem,
  about: { readonly day: number | null; readonly retryUntil: Date; readonly ttlMs: number },
): Promise<void> {
  const adminId = await serverAdminOf(deps.store, settings.guildId);
  if (adminId === null || !deps.dms.reaches(adminId)) return;
  const text = deps.texts.postProblem({
    ...problem,
    day: about.day,
    retryUntil: about.retryUntil,
    channelKind: settings.channelKind ?? 'text',
  });
  const delivery = await deliverLearnerDm(deps, {
    learnerId: adminId,
    key: postProblemDmKey(problem, settings.guildId),
    ttlMs: about.ttlMs,
    send: (channelId, nonce) => deps.notifier.postText(channelId, text, nonce),
  });
  if (delivery.kind !== 'sent' && delivery.kind !== 'already-sent')
    deps.logger.warn('could not tell the admin of a refused post', {
      guildId: settings.guildId,
      delivery: delivery.kind,
    });
}
