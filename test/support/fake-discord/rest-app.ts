import { apiError, created, noContent, ok } from './http-io.js';
import { nextSnowflake, userJson, type Json } from './json.js';
import type { Route, RouteContext } from './router.js';
import type { Services } from './services.js';

const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/** Gateway discovery, the bot user, the application, and application commands (global and guild). */
export function appRoutes(services: Services): Route[] {
  const { world } = services;
  const scope = ({ params }: RouteContext) => params.guild ?? 'global';
  const unknownApp = ({ params }: RouteContext) =>
    params.app !== world.applicationId ? apiError(404, 10002, 'Unknown Application') : undefined;
  const list = (context: RouteContext) => world.commands.get(scope(context)) ?? [];
  const find = (context: RouteContext) =>
    list(context).find((command) => command.id === context.params.command);
  const commandRoutes = (base: string): Route[] => [
    { method: 'GET', pattern: base, handler: (c) => unknownApp(c) ?? ok(list(c)) },
    {
      method: 'PUT',
      pattern: base,
      handler: (c) =>
        unknownApp(c) ?? overwrite(services, scope(c), Array.isArray(c.body) ? (c.body as Json[]) : []),
    },
    {
      method: 'POST',
      pattern: base,
      handler: (c) =>
        unknownApp(c) ??
        overwrite(
          services,
          scope(c),
          [...list(c).filter((x) => x.name !== c.body.name), c.body],
          c.body.name,
        ),
    },
    {
      method: 'GET',
      pattern: `${base}/:command`,
      handler: (c) =>
        unknownApp(c) ?? (find(c) ? ok(find(c)) : apiError(404, 10063, 'Unknown application command')),
    },
    {
      method: 'PATCH',
      pattern: `${base}/:command`,
      handler: (c) => {
        const existing = find(c);
        if (!existing) return apiError(404, 10063, 'Unknown application command');
        const others = list(c).filter((command) => command.id !== existing.id);
        return overwrite(services, scope(c), [...others, { ...existing, ...c.body }], String(existing.name));
      },
    },
    {
      method: 'DELETE',
      pattern: `${base}/:command`,
      handler: (c) => {
        world.commands.set(
          scope(c),
          list(c).filter((command) => command.id !== c.params.command),
        );
        return noContent();
      },
    },
  ];
  return [
    { method: 'GET', pattern: '/gateway', handler: () => ok({ url: services.gatewayUrl() }), auth: false },
    {
      method: 'GET',
      pattern: '/gateway/bot',
      handler: () =>
        ok({
          url: services.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        }),
    },
    { method: 'GET', pattern: '/users/@me', handler: () => ok({ ...userJson(world.bot), verified: true }) },
    {
      method: 'GET',
      pattern: '/users/:user',
      handler: ({ params }) =>
        world.users.has(params.user ?? '')
          ? ok(userJson(world.user(params.user ?? '')))
          : apiError(404, 10013, 'Unknown User'),
    },
    { method: 'GET', pattern: '/applications/@me', handler: () => ok(applicationJson(services)) },
    ...commandRoutes('/applications/:app/commands'),
    ...commandRoutes('/applications/:app/guilds/:guild/commands'),
  ];
}

function applicationJson({ world }: Services): Json {
  return {
    id: world.applicationId,
    name: world.bot.username,
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    owner: userJson(world.bot),
    team: null,
    bot: userJson(world.bot),
    approximate_guild_count: world.guilds.size,
  };
}

/** Replaces a scope's commands, keeping ids by name; answers the list, or one command when `single` names it. */
function overwrite(services: Services, scope: string, bodies: readonly Json[], single?: unknown) {
  const { world } = services;
  const problems = bodies.flatMap((body, index) => commandProblems(body, index, bodies));
  if (problems.length > 0) return apiError(400, 50035, 'Invalid Form Body', Object.fromEntries(problems));
  const existing = world.commands.get(scope) ?? [];
  const commands: Json[] = bodies.map((body) => {
    const type = typeof body.type === 'number' ? body.type : 1;
    const previous = existing.find((command) => command.name === body.name && command.type === type);
    return {
      description: '',
      options: [],
      default_member_permissions: null,
      dm_permission: true,
      contexts: null,
      integration_types: [0],
      nsfw: false,
      name_localizations: null,
      description_localizations: null,
      ...body,
      id: previous?.id ?? nextSnowflake(),
      application_id: world.applicationId,
      ...(scope === 'global' ? {} : { guild_id: scope }),
      type,
      version: nextSnowflake(),
    };
  });
  world.commands.set(scope, commands);
  services.signal.notify();
  if (single === undefined) return ok(commands);
  return created(commands.find((command) => command.name === single));
}

function commandProblems(body: Json, index: number, all: readonly Json[]): [string, Json][] {
  const name = typeof body.name === 'string' ? body.name : '';
  const errors: string[] = [];
  const chatInput = (body.type ?? 1) === 1;
  if (!COMMAND_NAME.test(name) || (chatInput && name !== name.toLowerCase()))
    errors.push('Invalid command name');
  const description = typeof body.description === 'string' ? body.description : '';
  if (chatInput && (description.length < 1 || description.length > 100)) errors.push('Invalid description');
  if (all.findIndex((other) => other.name === name && (other.type ?? 1) === (body.type ?? 1)) !== index) {
    errors.push('Application command names must be unique');
  }
  if (errors.length === 0) return [];
  return [[String(index), { _errors: errors.map((message) => ({ code: 'INVALID_COMMAND', message })) }]];
}
