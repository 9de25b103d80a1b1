import type { Plan } from '../../core/curriculum/plan.js';
import type { Learner, LocalDate } from '../../core/learner/learner.js';
import { atRiskNudgeOf } from '../../core/progress/at-risk-nudge.js';
import type { Logger, Notifier, Store } from '../ports.js';
import type { ServerRecords } from '../storage/server-records.js';
import { learnerServersKey } from '../storage/server-learners.js';
import { markerStateOf, type Delivery } from './deliver-once.js';
import type { DeliveryTexts } from './delivery-texts.js';
import type { DmChannels } from './dm-channels.js';
import { deliverLearnerDm } from './learner-dm.js';

const DAY_MS = 86_400_000;
/**
 * The week's marker outlives the week: sent on the learner's Monday, it must still hold on their
 * Sunday, and local dates run up to 14 h off UTC. `learner-dm-keys.ts` derives the keys this far back.
 */
export const NUDGE_MARKER_TTL_MS = 9 * DAY_MS;

/** The marker that makes a learner's nudge of one ISO week (keyed by its Monday, their zone) go out once. */
export const nudgeMarkerKey = (learnerId: string, week: LocalDate): string => `nudge:${learnerId}:${week}`;

/** What the at-risk nudge needs. */
export interface NudgeDeps {
  readonly store: Store;
  readonly plan: Plan;
  /** The learner's servers' records: a nudge goes out only where an admin turned nudges on. */
  readonly servers: Pick<ServerRecords, 'load'>;
  readonly dms: DmChannels;
  readonly notifier: Pick<Notifier, 'postText'>;
  readonly texts: Pick<DeliveryTexts, 'atRiskNudge'>;
  readonly logger: Logger;
}

/**
 * One friendly DM a week to a learner the core calls at risk (`atRiskNudgeOf`: idle or behind,
 * never paused or finished), when a server of theirs (not paused) turned nudges on. Null when
 * none was due.
 *
 * It rides the learner's reminder turn, right after a reminder went out, rather than the
 * server turn: the wheel already visits each learner once a day at their own time with their
 * record loaded, so deciding costs no read for the learners not at risk and the store is never
 * scanned; a learner who turned reminders off has no turn, which is the opt-out; and the
 * reminder's own rules (not paused, day not done yet, DMs open: a 403 turned reminders off
 * before we get here) hold for the nudge too. The server turn would instead read every
 * learner of every server once a day to find the few at risk.
 */
export async function runAtRiskNudge(deps: NudgeDeps, learner: Learner, now: Date): Promise<Delivery | null> {
  const nudge = atRiskNudgeOf(deps.plan, learner, now);
  if (nudge === null) return null;
  const key = nudgeMarkerKey(learner.id, nudge.week);
  // This week's went out (or was refused) already: nothing to do, not even a claim to write.
  const settled = await markerStateOf(deps.store, key);
  if (settled === 'sent' || settled === 'refused') return null;
  if (!(await nudgesOnFor(deps, learner.id, now))) return null;
  const text = deps.texts.atRiskNudge(nudge);
  const delivery = await deliverLearnerDm(deps, {
    learnerId: learner.id,
    key,
    ttlMs: NUDGE_MARKER_TTL_MS,
    send: (channelId, nonce) => deps.notifier.postText(channelId, text, nonce),
  });
  if (delivery.kind === 'sent')
    deps.logger.info('at-risk nudge sent', {
      learnerId: learner.id,
      week: nudge.week,
      why: nudge.reason.kind,
    });
  if (delivery.kind === 'failed')
    deps.logger.warn('at-risk nudge failed', { learnerId: learner.id, detail: delivery.detail });
  return delivery;
}

/** True when one of the servers the learner used the coach in has nudges on and is not paused. */
async function nudgesOnFor(deps: NudgeDeps, learnerId: string, now: Date): Promise<boolean> {
  for (const guildId of await deps.store.setMembers(learnerServersKey(learnerId))) {
    const settings = await deps.servers.load(guildId, now);
    if (settings?.nudges === true && !settings.paused) return true;
  }
  return false;
}
