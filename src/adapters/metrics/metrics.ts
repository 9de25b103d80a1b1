import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { SchedulerPassReport } from '../../app/delivery/scheduler-pass.js';
import type { TokenUsage } from '../../app/ports.js';

/** What a running bot counts, in Prometheus's text format at GET /metrics. */
export interface BotMetrics {
  readonly registry: Registry;
  /** One scheduler pass: posts and DMs by outcome, and how fast the DMs went out. */
  observePass(report: SchedulerPassReport, seconds: number): void;
  /** Where the lease-holder gauge reads whether this process leads, at each scrape. */
  watchLeadership(leads: () => boolean): void;
  /** One interaction answered (or failed), with how long the bot took. */
  observeInteraction(kind: string, outcome: 'answered' | 'failed', seconds: number): void;
  /** One model call: its job and, when it answered, its tokens. */
  observeModelCall(
    kind: 'ask' | 'review' | 'proof' | 'hints' | 'recall',
    outcome: 'ok' | 'failed',
    usage?: TokenUsage,
  ): void;
  /** One store call and how long it took. */
  observeStoreCall(operation: string, seconds: number, failed: boolean): void;
}

// A pass's counts are labelled `post:sent`, `remind:failed`, ...: these are the DMs and the posts.
const DM_KINDS: ReadonlySet<string> = new Set(['remind', 'warn', 'nudge']);
const SENT: ReadonlySet<string> = new Set(['sent', 'already-sent']);
const FAILED: ReadonlySet<string> = new Set(['failed', 'refused', 'already-refused', 'busy', 'error']);

/** The bot's metrics in a registry of their own, with Node's default process metrics. */
export function createBotMetrics(): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const posts = new Counter({
    name: 'study_coach_daily_posts_total',
    help: 'Daily posts and section recaps by outcome',
    labelNames: ['outcome'],
    registers,
  });
  const dms = new Counter({
    name: 'study_coach_dms_total',
    help: 'Reminder, streak-warning and at-risk nudge DMs by kind and outcome',
    labelNames: ['kind', 'outcome'],
    registers,
  });
  const fanOut = new Gauge({
    name: 'study_coach_dm_fanout_per_second',
    help: 'DMs sent per second in the last scheduler pass that sent any',
    registers,
  });
  let leads = () => false;
  new Gauge({
    name: 'study_coach_scheduler_leader',
    help: '1 while this process holds the scheduler lease (at its last tick), else 0',
    registers,
    collect() {
      this.set(leads() ? 1 : 0);
    },
  });
  const interactions = new Histogram({
    name: 'study_coach_interaction_seconds',
    help: 'Time from an interaction reaching the bot to its answer, by kind and outcome',
    labelNames: ['kind', 'outcome'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers,
  });
  const modelCalls = new Counter({
    name: 'study_coach_model_calls_total',
    help: 'AI coach calls by job and outcome',
    labelNames: ['kind', 'outcome'],
    registers,
  });
  const tokens = new Counter({
    name: 'study_coach_model_tokens_total',
    help: 'AI coach tokens by job and type (input, output, cache_read, cache_write)',
    labelNames: ['kind', 'type'],
    registers,
  });
  const storeCalls = new Histogram({
    name: 'study_coach_store_call_seconds',
    help: 'Store calls by operation and outcome',
    labelNames: ['operation', 'outcome'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2],
    registers,
  });

  return {
    registry,
    observePass(report, seconds) {
      let sentDms = 0;
      for (const [label, count] of Object.entries(report.counts)) {
        const [kind = '', outcome = ''] = label.split(':');
        const result = SENT.has(outcome) ? 'sent' : FAILED.has(outcome) ? 'failed' : null;
        if (result === null) continue;
        if (kind === 'post' || kind === 'recap') posts.inc({ outcome: result }, count);
        if (DM_KINDS.has(kind)) dms.inc({ kind, outcome: result }, count);
        if (DM_KINDS.has(kind) && outcome === 'sent') sentDms += count;
      }
      if (sentDms > 0 && seconds > 0) fanOut.set(sentDms / seconds);
    },
    watchLeadership(read) {
      leads = read;
    },
    observeInteraction: (kind, outcome, seconds) => interactions.observe({ kind, outcome }, seconds),
    observeModelCall(kind, outcome, usage) {
      modelCalls.inc({ kind, outcome });
      if (usage === undefined) return;
      tokens.inc({ kind, type: 'input' }, usage.input);
      tokens.inc({ kind, type: 'output' }, usage.output);
      tokens.inc({ kind, type: 'cache_read' }, usage.cacheRead);
      tokens.inc({ kind, type: 'cache_write' }, usage.cacheWrite);
    },
    observeStoreCall: (operation, seconds, failed) =>
      storeCalls.observe({ operation, outcome: failed ? 'failed' : 'ok' }, seconds),
  };
}
