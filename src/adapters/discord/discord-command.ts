import type {
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Coaching } from '../../app/coaching/coaching.js';
import type { Learner } from '../../core/learner/learner.js';
import type { LearnerActions } from '../../app/study/settings.js';
import type { Clock, Logger } from '../../app/ports.js';
import type { ProgressApp } from '../../app/progress/progress-features.js';
import type { Servers } from '../../app/servers/servers.js';
import type { Study } from '../../app/study/study.js';

/** What every Discord handler may use: the app's actions and a few knobs. Built by the composition root. */
export interface DiscordContext {
  readonly study: Study;
  readonly servers: Servers;
  readonly learnerActions: LearnerActions;
  /** The AI coach: questions, draft reviews and checkpoint feedback (offline without an API key). */
  readonly coaching: Coaching;
  /** Own pace, the progress card, assessment, leaderboard, export and forget-me. */
  readonly progress: ProgressApp;
  readonly clock: Clock;
  readonly logger: Logger;
  /** A reply not ready after this long is deferred first: Discord drops interactions unanswered for 3 s. */
  readonly deferAfterMs: number;
  /** True once an AI coach is configured: then /today and the daily post (the notifier's `includeAsk`) carry "Ask a question". */
  readonly askEnabled: boolean;
  /**
   * Queues bookkeeping the answer does not need (who used the coach in which server) to run
   * once the interaction is answered, so it never delays the 3-second reply. Set by the router.
   */
  readonly afterAnswer?: (interaction: object, task: () => Promise<void>) => void;
  /**
   * Tells the router the learner record this interaction just read, so the closed-DM notice
   * after the answer need not read it again when it showed nothing to tell. Set by the router.
   */
  readonly learnerRead?: (interaction: object, learner: Pick<Learner, 'dmBlocked'>) => void;
}

/** One slash command: its registration data and what it does. Listed in `commands/index.ts`. */
export interface DiscordCommand {
  readonly data: {
    readonly name: string;
    toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
  };
  execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void>;
}
