import type { DayPollResults } from '../../../src/core/progress/day-poll.js';
import type { DayPlace } from '../../../src/core/curriculum/plan-lookup.js';
import type {
  DeleteOutcome,
  DmChannelOutcome,
  DayPostRequest,
  FoundPost,
  Notifier,
  SendOutcome,
  SharedProof,
  ThreadOutcome,
} from '../../../src/app/ports.js';
import type { Clock, Logger, Store } from '../../../src/app/ports.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { Plan } from '../../../src/core/curriculum/plan.js';
import type { ForumTag } from '../../../src/core/schedule/forum-tags.js';
import type { ServerSettings } from '../../../src/core/schedule/server-schedule.js';
import { ServerRecords } from '../../../src/app/storage/server-records.js';
import { Learners } from '../../../src/app/storage/learners.js';
import { createWheelPlacement } from '../../../src/app/delivery/wheel-placement.js';
import type { Learner } from '../../../src/core/learner/learner.js';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import { appUnderTest } from '../../support/app-under-test.js';

/** A message the fake platform holds. */
export interface FakeMessage {
  readonly id: string;
  readonly channelId: string;
  readonly nonce: string;
  readonly day: number | null;
  readonly text: string | null;
  /** What opened a day post (the end-of-cycle message), or null. */
  readonly preface?: string | null;
  /** The test clock's time at the send. */
  readonly at: string;
}

type Failure = Exclude<SendOutcome, { kind: 'sent' }> | { kind: 'crash-after-send' } | { kind: 'pass' };

/**
 * A Notifier over an in-memory "platform". It does NOT deduplicate nonces, so a resend by
 * the app shows up as a second message. `fail(target, ...)` scripts the next outcomes of
 * sends to a channel or a user; `crash-after-send` stores the message and then throws, as
 * if the process died before hearing back; `pass` lets one send through.
 */
export class FakeNotifier implements Notifier {
  readonly messages: FakeMessage[] = [];
  readonly calls: string[] = [];
  private readonly scripted = new Map<string, Failure[]>();
  private nextId = 1;

  constructor(private readonly now: () => Date = () => new Date(0)) {}

  fail(target: string, ...outcomes: Failure[]): void {
    this.scripted.set(target, [...(this.scripted.get(target) ?? []), ...outcomes]);
  }

  inChannel(channelId: string): FakeMessage[] {
    return this.messages.filter((message) => message.channelId === channelId);
  }

  readonly platform = 'discord';

  /** A day in a server channel, or in a learner's DM channel (`dm-<userId>`, scripted by the user id). */
  async postDay(channelId: string, request: DayPostRequest): Promise<SendOutcome> {
    const dmUser = channelId.startsWith('dm-') ? channelId.slice('dm-'.length) : null;
    this.calls.push(dmUser === null ? `post ${channelId}` : `dm ${dmUser}`);
    const sent = await this.deliver(
      dmUser ?? channelId,
      channelId,
      request.nonce,
      request.place.day.day,
      null,
    );
    const message = this.messages.at(-1);
    if (sent.kind === 'sent' && message !== undefined && (request.preface ?? null) !== null)
      this.messages[this.messages.length - 1] = { ...message, preface: request.preface };
    return sent;
  }

  async postText(channelId: string, text: string, nonce: string): Promise<SendOutcome> {
    this.calls.push(`text ${channelId}`);
    return this.deliver(channelId, channelId, nonce, null, text);
  }

  /** Day threads opened, one per post message: a second ask for the same message gets the same thread. */
  readonly threads = new Map<string, { channelId: string; day: number }>();

  async openDayThread(channelId: string, messageId: string, place: DayPlace): Promise<ThreadOutcome> {
    if (!this.threads.has(messageId)) this.threads.set(messageId, { channelId, day: place.day.day });
    return { kind: 'opened', threadId: messageId };
  }

  /** Shares posted, by thread; the app layer's tests of sharing read them. */
  readonly shares: { threadId: string; share: SharedProof }[] = [];

  async postShare(threadId: string, share: SharedProof): Promise<SendOutcome> {
    this.shares.push({ threadId, share });
    return this.deliver(threadId, threadId, `share-${this.shares.length}`, null, share.text);
  }

  async deleteMessage(channelId: string, messageId: string): Promise<DeleteOutcome> {
    const index = this.messages.findIndex((m) => m.channelId === channelId && m.id === messageId);
    if (index < 0) return { kind: 'gone', detail: 'Unknown Message' };
    this.messages.splice(index, 1);
    return { kind: 'deleted' };
  }

  /** The day poll as a message of its own (text `poll`), scripted by channel like any send. */
  async postDayPoll(channelId: string, nonce: string): Promise<SendOutcome> {
    this.calls.push(`poll ${channelId}`);
    const sent = await this.deliver(channelId, channelId, nonce, null, 'poll');
    if (sent.kind === 'sent') this.polled.add(sent.messageId);
    return sent;
  }

  /** The first poll message in `channelId` after message `afterId` (ids count up). */
  async findDayPoll(channelId: string, afterId: string): Promise<string | null> {
    this.calls.push(`find-poll ${channelId}`);
    const after = this.messages.findIndex((m) => m.id === afterId);
    const later = after < 0 ? this.messages : this.messages.slice(after + 1);
    return later.find((m) => m.channelId === channelId && this.polled.has(m.id))?.id ?? null;
  }

  /** Message ids of the day polls sent, and the results a test scripted for them. */
  readonly polled = new Set<string>();
  readonly pollResults = new Map<string, DayPollResults>();

  async dayPollResults(_channelId: string, messageId: string): Promise<DayPollResults> {
    if (!this.polled.has(messageId)) return { kind: 'no-poll' };
    return this.pollResults.get(messageId) ?? { kind: 'counted', counts: [0, 0, 0, 0], final: false };
  }

  async findPost(channelId: string, nonce: string): Promise<string | null> {
    this.calls.push(`find ${channelId}`);
    return this.messages.find((m) => m.channelId === channelId && m.nonce === nonce)?.id ?? null;
  }

  /** Tags applied to forum posts, by post id. */
  readonly forumTags = new Map<string, readonly ForumTag[]>();
  /** When set, `findForumPost` can't read the forum and says so. */
  forumUnreadable: string | null = null;

  async postDayInForum(
    forumId: string,
    request: DayPostRequest,
    tags: readonly ForumTag[],
  ): Promise<SendOutcome> {
    this.calls.push(`forum ${forumId}`);
    const sent = await this.deliver(forumId, forumId, request.nonce, request.place.day.day, null);
    if (sent.kind === 'sent') this.forumTags.set(sent.messageId, tags);
    return sent;
  }

  async postTextInForum(forumId: string, text: string, nonce: string): Promise<SendOutcome> {
    this.calls.push(`forum-text ${forumId}`);
    return this.deliver(forumId, forumId, nonce, null, text);
  }

  async findForumPost(forumId: string, nonce: string): Promise<FoundPost> {
    this.calls.push(`find-forum ${forumId}`);
    if (this.forumUnreadable !== null) return { unreadable: this.forumUnreadable };
    return this.messages.find((m) => m.channelId === forumId && m.nonce === nonce)?.id ?? null;
  }

  /** Opening a DM fails as scripted for the target `open:<userId>`. */
  async openDm(userId: string): Promise<DmChannelOutcome> {
    this.calls.push(`open ${userId}`);
    const failure = this.scripted.get(`open:${userId}`)?.shift();
    if (failure !== undefined && failure.kind !== 'crash-after-send' && failure.kind !== 'pass')
      return failure;
    return { kind: 'opened', channelId: `dm-${userId}` };
  }

  private async deliver(
    target: string,
    channelId: string,
    nonce: string,
    day: number | null,
    text: string | null,
  ) {
    const failure = this.scripted.get(target)?.shift();
    if (failure !== undefined && failure.kind !== 'crash-after-send' && failure.kind !== 'pass')
      return failure;
    const message = { id: `m${this.nextId++}`, channelId, nonce, day, text, at: this.now().toISOString() };
    this.messages.push(message);
    if (failure?.kind === 'crash-after-send') throw new Error('process died after the send');
    return { kind: 'sent' as const, messageId: message.id };
  }
}

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
}

/** Collects log lines. */
export class TestLogger implements Logger {
  readonly lines: { level: string; message: string; context?: Record<string, unknown> }[] = [];
  info = (message: string, context?: Record<string, unknown>) =>
    this.lines.push({ level: 'info', message, context });
  warn = (message: string, context?: Record<string, unknown>) =>
    this.lines.push({ level: 'warn', message, context });
  error = (message: string, context?: Record<string, unknown>) =>
    this.lines.push({ level: 'error', message, context });
}

export const HOUR_MS = 3_600_000;

/** The app's scheduling side over a memory store, a fake notifier and a hand-moved clock. */
export function buildCoach(plan: Plan, start: string, options: { graceMs?: number; store?: Store } = {}) {
  const clock = new TestClock(new Date(start));
  const store = options.store ?? createMemoryStore({ now: () => clock.now().getTime() });
  const notifier = new FakeNotifier(() => clock.now());
  const logger = new TestLogger();
  const graceMs = options.graceMs ?? 12 * HOUR_MS;
  const servers = new ServerRecords(store, logger);
  const learners = new Learners(store, clock, logger);
  const app = appUnderTest({ plan, store, clock, logger, notifier, graceMs });
  const wheel = createWheelPlacement({ store, plan, graceMs });
  return {
    app,
    clock,
    store,
    notifier,
    logger,
    servers,
    learners,
    wheel,
    tick: (at?: string) => {
      if (at !== undefined) clock.set(at);
      return app.runSchedulerPass();
    },
    /** Ticks once a minute from the clock's time up to `until` (inclusive). */
    async tickEveryMinuteUntil(until: string) {
      for (let at = clock.now().getTime(); at <= new Date(until).getTime(); at += 60_000) {
        clock.set(new Date(at));
        await app.runSchedulerPass();
      }
    },
    async setUpServer(settings: Partial<ServerSettings> & Pick<ServerSettings, 'guildId'>) {
      const full: ServerSettings = {
        channelId: `channel-${settings.guildId}`,
        time: '09:00',
        timezone: 'Europe/Berlin',
        startDate: '2026-06-01',
        paused: false,
        recaps: false,
        nudges: false,
        problem: null,
        ...settings,
      };
      await servers.save(full);
      await wheel.placeServer(full, clock.now());
      return full;
    },
    async enrol(userId: string, fields: Partial<Learner> = {}) {
      const learner: Learner = {
        ...newLearner({
          id: `discord:${userId}`,
          displayName: userId,
          timezone: 'Europe/Berlin',
          startDate: '2026-06-01',
        }),
        ...fields,
      };
      await learners.save(learner);
      await wheel.placeReminder(learner, clock.now());
      return learner;
    },
  };
}

export type TestCoach = ReturnType<typeof buildCoach>;
