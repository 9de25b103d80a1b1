import type { CoachWiring } from '../app/create-app.js';
import type { Config } from '../config.js';
import { createOfflineCoach } from '../adapters/anthropic/offline-coach.js';
import { formatPromptProblems, loadPrompts } from '../adapters/prompts/load-prompts.js';

/** The AI coach an entry point runs with: the model, whether it is a real one, and the daily quotas. */
export type { CoachWiring };

/** The coach's wiring, or the prompt problems that stop start-up. */
export type CoachModelSetup =
  ({ readonly kind: 'ok' } & CoachWiring) | { readonly kind: 'invalid'; readonly message: string };

type CoachConfig = Pick<
  Config,
  | 'ANTHROPIC_API_KEY'
  | 'ANTHROPIC_BASE_URL'
  | 'COACH_MODEL'
  | 'COACH_TIMEOUT_MS'
  | 'COACH_MAX_RETRIES'
  | 'PROMPTS_DIR'
  | 'AI_DAILY_QUOTA'
  | 'AI_ADMIN_DAILY_QUOTA'
>;

/** The offline coach: answers from the plan, no quota used. */
export function offlineCoach(): CoachWiring {
  return { model: createOfflineCoach(), online: false, limits: { daily: 0, adminDaily: 0 } };
}

/**
 * The Anthropic coach when ANTHROPIC_API_KEY is set, else the offline coach. The prompt files
 * are checked either way, so a broken prompt is found at start-up, not at a learner's first question.
 */
export async function setUpCoachModel(config: CoachConfig): Promise<CoachModelSetup> {
  const loaded = await loadPrompts(config.PROMPTS_DIR);
  if (loaded.kind === 'invalid') {
    return {
      kind: 'invalid',
      message: `The prompt files can't be used:\n${formatPromptProblems(loaded.problems)}`,
    };
  }
  const apiKey = config.ANTHROPIC_API_KEY;
  if (apiKey === undefined) return { kind: 'ok', ...offlineCoach() };
  // Loaded only with a key: the SDK costs the bot about 30 MB of memory it never uses offline.
  const { createAnthropicCoach } = await import('../adapters/anthropic/anthropic-coach.js');
  const model = createAnthropicCoach({
    apiKey,
    ...(config.ANTHROPIC_BASE_URL === undefined ? {} : { baseURL: config.ANTHROPIC_BASE_URL }),
    model: config.COACH_MODEL,
    timeoutMs: config.COACH_TIMEOUT_MS,
    maxRetries: config.COACH_MAX_RETRIES,
    prompts: loaded.prompts,
  });
  const limits = { daily: config.AI_DAILY_QUOTA, adminDaily: config.AI_ADMIN_DAILY_QUOTA };
  return { kind: 'ok', model, online: true, limits };
}
