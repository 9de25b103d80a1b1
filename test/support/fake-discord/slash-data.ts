import type { AttachmentInput, AttachmentStore } from './attachments.js';
import { channelJson, memberJson, nextSnowflake, roleJson, userJson, type Json } from './json.js';
import { channelPermissions } from './permissions.js';
import type { GuildState, WorldState } from './state.js';

/** A slash option's value: plain values, a user, channel or role by id, or a file the user attaches. */
export type SlashOptionValue =
  | string
  | number
  | boolean
  | { readonly user: string }
  | { readonly channel: string }
  | { readonly role: string }
  | { readonly attachment: AttachmentInput };

/** A slash command use: `/coach setup channel:#study time:07:00` is name coach, subcommand setup. */
export interface SlashCommand {
  readonly name: string;
  readonly subcommandGroup?: string;
  readonly subcommand?: string;
  readonly options?: Readonly<Record<string, SlashOptionValue>>;
}

/**
 * The `data` of a chat-input interaction. Option types come from the registered command when
 * there is one (so an integer stays an integer), else from the values; users, channels, roles
 * and attachments are added to `resolved` as Discord does (attachments stored to be served).
 */
export function slashData(
  world: WorldState,
  guild: GuildState | undefined,
  command: SlashCommand,
  invokerId: string,
  attachments: AttachmentStore,
): Json {
  const registered = findCommand(world, guild, command.name);
  let declared = (registered?.options as Json[] | undefined) ?? [];
  const resolved: Record<string, Record<string, Json>> = {};
  const leaf = Object.entries(command.options ?? {}).map(([name, value]) => ({ name, value }));
  const group = command.subcommandGroup ? declaredChild(declared, command.subcommandGroup) : undefined;
  if (group) declared = group;
  const sub = command.subcommand ? declaredChild(declared, command.subcommand) : undefined;
  const built = leaf.map(({ name, value }) =>
    buildOption(
      { world, guild, invokerId, resolved, attachments },
      name,
      value,
      declaredType(sub ?? declared, name),
    ),
  );
  let options: Json[] = built;
  if (command.subcommand) options = [{ name: command.subcommand, type: 1, options }];
  if (command.subcommandGroup) options = [{ name: command.subcommandGroup, type: 2, options }];
  return {
    id: registered?.id ?? nextSnowflake(),
    name: command.name,
    type: 1,
    options,
    ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
    ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
  };
}

function findCommand(world: WorldState, guild: GuildState | undefined, name: string): Json | undefined {
  const scopes = guild ? [guild.id, 'global'] : ['global'];
  for (const scope of scopes) {
    const found = world.commands.get(scope)?.find((command) => command.name === name);
    if (found) return found;
  }
  return undefined;
}

function declaredChild(options: readonly Json[], name: string): Json[] | undefined {
  return (options.find((option) => option.name === name)?.options as Json[] | undefined) ?? undefined;
}

function declaredType(options: readonly Json[], name: string): number | undefined {
  const type = options.find((option) => option.name === name)?.type;
  return typeof type === 'number' ? type : undefined;
}

interface OptionScope {
  readonly world: WorldState;
  readonly guild: GuildState | undefined;
  readonly invokerId: string;
  readonly resolved: Record<string, Record<string, Json>>;
  readonly attachments: AttachmentStore;
}

function buildOption(
  scope: OptionScope,
  name: string,
  value: SlashOptionValue,
  declared: number | undefined,
): Json {
  const { world, guild, resolved } = scope;
  const add = (kind: string, id: string, json: Json) => ((resolved[kind] ??= {})[id] = json);
  if (typeof value === 'string') return { name, type: declared ?? 3, value };
  if (typeof value === 'boolean') return { name, type: 5, value };
  if (typeof value === 'number') return { name, type: declared ?? (Number.isInteger(value) ? 4 : 10), value };
  if ('user' in value) {
    const user = world.user(value.user);
    add('users', user.id, userJson(user));
    const member = guild?.members.find((candidate) => candidate.userId === user.id);
    if (member && guild) add('members', user.id, memberJson(member, user, false));
    return { name, type: 6, value: user.id };
  }
  if ('attachment' in value) {
    const attachment = scope.attachments.add(value.attachment);
    add('attachments', String(attachment.id), attachment);
    return { name, type: 11, value: attachment.id };
  }
  if ('role' in value) {
    const role = guild?.roles.find((candidate) => candidate.id === value.role);
    if (role) add('roles', role.id, roleJson(role));
    return { name, type: 8, value: value.role };
  }
  const channel = guild?.channels.find((candidate) => candidate.id === value.channel);
  if (channel && guild) {
    // Discord sends the invoking member's permissions in a resolved channel.
    const permissions = String(channelPermissions(guild, scope.invokerId, channel));
    add('channels', channel.id, { ...channelJson(channel, guild.id), permissions });
  }
  return { name, type: 7, value: value.channel };
}
