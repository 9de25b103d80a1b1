import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const zoneOrUndefined = optionalText.refine((zone) => zone === undefined || isKnownZone(zone), {
  message: 'not an IANA timezone (try a name like Europe/Berlin)',
});

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Which gateway shard this process runs, as `<id>/<count>` (`1/4`); unset: the whole gateway. */
const shard = optionalText
  .refine((text) => text === undefined || /^\d+\/\d+$/.test(text), {
    message: 'write it as <id>/<count>, e.g. 0/2',
  })
  .transform((text) => {
    if (text === undefined) return undefined;
    const [id, count] = text.split('/').map(Number);
    return { id: id ?? 0, count: count ?? 1 };
  })
  .refine((value) => value === undefined || (value.count >= 1 && value.id < value.count), {
    message: 'the shard id must be below the shard count (0/2 and 1/2 for two shards)',
  });

/** Every setting the coach reads from the environment. `.env.example` documents each one. */
export const ConfigSchema = z
  .object({
    DISCORD_TOKEN: optionalText,
    DISCORD_API_URL: z.url().default('https://discord.com/api'),
    DISCORD_GUILD_ID: optionalText,
    DISCORD_SHARD: shard,
    STORE_URL: z
      .string()
      .regex(
        /^(sqlite|redis|rediss|postgres|postgresql|memory):\/\//,
        'use sqlite://, redis://, postgresql:// or memory://',
      )
      .default('sqlite://./data/study-coach.sqlite'),
    STORE_NAMESPACE: z
      .string()
      .regex(/^[a-z0-9_-]+$/i, 'letters, digits, _ and - only (no ":")')
      .default('study-coach'),
    CURRICULUM_FILE: z.string().min(1).default('curriculum/days-31-60-spark-airflow.md'),
    PROMPTS_DIR: z.string().min(1).default('prompts'),
    DATA_DIR: z.string().min(1).default('data'),
    LEARNER_TIMEZONE: zoneOrUndefined,
    ANTHROPIC_API_KEY: optionalText,
    ANTHROPIC_BASE_URL: optionalText.pipe(z.url().optional()),
    COACH_MODEL: z.string().min(1).default('claude-haiku-4-5'),
    COACH_TIMEOUT_MS: z.coerce.number().int().min(1000).max(60_000).default(30_000),
    COACH_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
    AI_DAILY_QUOTA: z.coerce.number().int().min(0).default(20),
    AI_ADMIN_DAILY_QUOTA: z.coerce.number().int().min(0).default(60),
    /** Distinct recall cards a learner reviews per day at most (oldest due first). */
    RECALL_DAILY_CAP: z.coerce.number().int().min(1).max(100).default(5),
    POST_GRACE_HOURS: z.coerce.number().min(0).max(48).default(12),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    /** Serves GET /healthz and GET /metrics on this port; unset: no endpoint. */
    METRICS_PORT: optionalText
      .refine((text) => text === undefined || /^\d{1,5}$/.test(text), { message: 'a port number, like 9464' })
      .transform((text) => (text === undefined ? undefined : Number(text)))
      .refine((port) => port === undefined || port <= 65_535, { message: 'a port is at most 65535' }),
    METRICS_HOST: optionalText,
  })
  .refine((config) => (config.DISCORD_SHARD?.count ?? 1) === 1 || !config.STORE_URL.startsWith('memory://'), {
    message: 'shards must share one store: use redis://, postgresql:// or sqlite:// with DISCORD_SHARD',
    path: ['STORE_URL'],
  });

/** Parsed, validated configuration. */
export type Config = z.infer<typeof ConfigSchema>;

/** Outcome of reading the environment: the config, or every problem in one message. */
export type ConfigResult = { kind: 'ok'; config: Config } | { kind: 'invalid'; message: string };

/** Parses an environment (normally `process.env`); never throws. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return { kind: 'ok', config: result.data };
  const lines = result.error.issues.map(
    (issue) => `- ${issue.path.join('.') || 'environment'}: ${issue.message}`,
  );
  return { kind: 'invalid', message: `Configuration problems:\n${lines.join('\n')}` };
}

/** Reads the process environment once. The only place that touches `process.env`. */
export function loadConfig(): ConfigResult {
  return parseConfig(process.env);
}
