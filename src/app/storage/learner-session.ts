import type { Learner } from '../../core/learner/learner.js';
import { newLearner } from '../../core/learner/new-learner.js';
import type { Cohort } from '../../core/schedule/cohort.js';
import { localDateOf } from '../../core/time/local-date.js';
import type { ActorRef } from '../actor.js';
import type { Clock, Logger } from '../ports.js';
import type { Learners, StoreTrouble } from './learners.js';

/** What every learner action knows besides the record: the moment and the actor's cohort. */
export interface SessionContext {
  readonly now: Date;
  /** The cohort of the server the actor came from; null in DMs, the console, or a server without one. */
  readonly cohort: Cohort | null;
}

/** What opening a learner session needs. */
export interface LearnerSessionDeps {
  readonly learners: Learners;
  readonly clock: Clock;
  /** Zone given to a learner seen for the first time when their server has no cohort. */
  readonly defaultTimezone: string;
  /** The cohort of a server (null: none). */
  readonly cohortOf: (serverId: string, now: Date) => Promise<Cohort | null>;
  /**
   * Notes that the learner used the coach in a server: leaderboards and recaps read who did.
   * `created` is the record this command just created, so nothing of theirs is there to look up.
   */
  readonly noteServerLearner: (serverId: string, learnerId: string, created?: Learner) => Promise<void>;
  readonly logger: Logger;
}

/** The learner's result of an action, and the record to save (none: nothing changed). */
export interface Acted<O> {
  readonly learner?: Learner;
  readonly outcome: O;
}

/** A learner seen for the first time: their calendar starts today, or on their cohort's date and zone. */
export function freshLearner(actor: ActorRef, context: SessionContext, defaultTimezone: string): Learner {
  const timezone = context.cohort?.timezone ?? defaultTimezone;
  const startDate = context.cohort?.startDate ?? localDateOf(context.now, timezone);
  const first = context.cohort?.startDay ?? undefined;
  return newLearner({ id: actor.id, displayName: actor.displayName, timezone, startDate, startDay: first });
}

/**
 * The one way the app acts for a learner: reads the clock once, finds the cohort of the
 * actor's server (so a learner first seen there joins its calendar), notes them in that
 * server, then reads (`read`) or changes (`act`) their record.
 */
export function createLearnerSession(deps: LearnerSessionDeps) {
  const { learners } = deps;
  const bookkeeping = new Set<Promise<void>>();

  // Who used which server is bookkeeping the answer does not need: it is written alongside, never
  // in front of, the answer. One lost to a crash is written again at the learner's next command.
  const note = (serverId: string, learnerId: string, created?: Learner): void => {
    const noted: Promise<void> = deps
      .noteServerLearner(serverId, learnerId, created)
      .catch((error: unknown) =>
        deps.logger.error('noting a server learner failed', { serverId, learnerId, error: String(error) }),
      )
      .finally(() => bookkeeping.delete(noted));
    bookkeeping.add(noted);
  };

  const contextOf = async (actor: ActorRef): Promise<SessionContext> => {
    const now = deps.clock.now();
    const serverId = actor.serverId ?? null;
    return { now, cohort: serverId === null ? null : await deps.cohortOf(serverId, now) };
  };

  // Noted after the learner's own read or write went to the store: a newcomer's create then goes
  // ahead of the bookkeeping, instead of behind every note of the burst it came in.
  const noteIn = (actor: ActorRef, created?: Learner): void => {
    if (actor.serverId !== undefined && actor.serverId !== null) note(actor.serverId, actor.id, created);
  };

  const enter = async (actor: ActorRef): Promise<SessionContext> => {
    const context = await contextOf(actor);
    noteIn(actor);
    return context;
  };

  const actWith = async <O>(
    actor: ActorRef,
    context: SessionContext,
    act: (learner: Learner, context: SessionContext) => Acted<O>,
  ): Promise<O | StoreTrouble> => {
    const result = await learners.update(actor.id, (stored) => {
      const learner = stored ?? freshLearner(actor, context, deps.defaultTimezone);
      const acted = act(learner, context);
      return { learner: acted.learner ?? (stored === null ? learner : undefined), outcome: acted.outcome };
    });
    return result.kind === 'ok' ? result.outcome : result;
  };

  /** The learner's view of their record, and the record when this call created it. */
  const readOrCreate = async <O>(
    actor: ActorRef,
    context: SessionContext,
    see: (learner: Learner, context: SessionContext) => O,
  ): Promise<{ seen: O | StoreTrouble; created?: Learner }> => {
    const loaded = await learners.load(actor.id);
    if (loaded.kind === 'found') return { seen: see(loaded.learner, context) };
    if (loaded.kind === 'set-aside') return { seen: loaded };
    const fresh = freshLearner(actor, context, deps.defaultTimezone);
    if (await learners.create(fresh)) return { seen: see(fresh, context), created: fresh };
    const created = await learners.load(actor.id);
    if (created.kind === 'found') return { seen: see(created.learner, context) };
    if (created.kind === 'set-aside') return { seen: created };
    // Created and gone again at once (a forget-me in between): the locked path decides.
    return { seen: await actWith(actor, context, (learner, at) => ({ outcome: see(learner, at) })) };
  };

  return {
    /** Resolves the actor without touching their record: the moment, their server's cohort (noted there). */
    enter,

    /**
     * Runs `act` on the learner under their lease: a learner seen for the first time is
     * created and saved; otherwise only what `act` returns as `learner` is saved.
     */
    async act<O>(
      actor: ActorRef,
      act: (learner: Learner, context: SessionContext) => Acted<O>,
    ): Promise<O | StoreTrouble> {
      const acted = actWith(actor, await contextOf(actor), act);
      noteIn(actor);
      return acted;
    },

    /**
     * A pure read, never under the lease: the claim and release are two writes (two fsyncs on
     * SQLite) that would serialise every /today behind each other under load. A learner seen for
     * the first time is created with one create-if-absent; when another command created them
     * first, theirs is read back and used.
     */
    async read<O>(
      actor: ActorRef,
      see: (learner: Learner, context: SessionContext) => O,
    ): Promise<O | StoreTrouble> {
      const context = await contextOf(actor);
      const { seen, created } = await readOrCreate(actor, context, see);
      noteIn(actor, created);
      return seen;
    },

    /** The learner's record as it stands, without creating one. */
    load: (learnerId: string) => learners.load(learnerId),
    now: () => deps.clock.now(),

    /** Resolves once the bookkeeping started so far is written (at shutdown, and in tests). */
    async settled(): Promise<void> {
      while (bookkeeping.size > 0) await Promise.all([...bookkeeping]);
    },
  };
}

/** The learner session, as built by `createLearnerSession`. */
export type LearnerSession = ReturnType<typeof createLearnerSession>;
