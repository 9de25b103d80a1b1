import { channelJson, dmChannelJson, nextSnowflake, type Json } from './json.js';
import type { FakeChannel, FakeGuild, FakeUser, FakeWorld } from './types.js';

/** A guild whose channel list grows when threads are created. */
export type GuildState = Omit<FakeGuild, 'channels'> & { channels: FakeChannel[] };

/** Where a channel lives: a guild channel, or a DM with one recipient. */
export type ChannelPlace =
  | { readonly kind: 'guild'; readonly guild: GuildState; readonly channel: FakeChannel }
  | { readonly kind: 'dm'; readonly id: string; readonly recipient: FakeUser };

/** The mutable world behind the fake server: users, guilds, channels, messages, commands. */
export class WorldState {
  readonly bot: FakeUser;
  readonly applicationId: string;
  readonly users = new Map<string, FakeUser>();
  readonly guilds = new Map<string, GuildState>();
  /** Messages per channel id, oldest first. */
  readonly messages = new Map<string, Json[]>();
  /** Registered commands under `global` or a guild id. */
  readonly commands = new Map<string, Json[]>();
  private readonly dmByUser = new Map<string, string>();
  private readonly dmRecipients = new Map<string, string>();

  constructor(world: FakeWorld) {
    this.bot = world.bot;
    this.applicationId = world.applicationId;
    for (const user of [world.bot, ...world.users]) this.users.set(user.id, user);
    for (const guild of world.guilds) this.guilds.set(guild.id, { ...guild, channels: [...guild.channels] });
  }

  /** The user with this id; unknown ids become plain users, as any Discord user may be addressed. */
  user(id: string): FakeUser {
    let user = this.users.get(id);
    if (!user) {
      user = { id, username: `user-${id.slice(-4)}` };
      this.users.set(id, user);
    }
    return user;
  }

  place(channelId: string): ChannelPlace | undefined {
    const recipientId = this.dmRecipients.get(channelId);
    if (recipientId) return { kind: 'dm', id: channelId, recipient: this.user(recipientId) };
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.find((candidate) => candidate.id === channelId);
      if (channel) return { kind: 'guild', guild, channel };
    }
    return undefined;
  }

  channelJson(place: ChannelPlace): Json {
    if (place.kind === 'dm') return dmChannelJson(place.id, place.recipient);
    return channelJson(place.channel, place.guild.id, place.guild.channels.indexOf(place.channel));
  }

  /** The DM channel with a user, opened on first use (Discord returns the same channel every time). */
  dmChannel(userId: string): string {
    let id = this.dmByUser.get(userId);
    if (!id) {
      id = nextSnowflake();
      this.dmByUser.set(userId, id);
      this.dmRecipients.set(id, userId);
    }
    return id;
  }

  channelMessages(channelId: string): Json[] {
    let list = this.messages.get(channelId);
    if (!list) {
      list = [];
      this.messages.set(channelId, list);
    }
    return list;
  }

  findMessage(channelId: string, messageId: string): Json | undefined {
    return this.messages.get(channelId)?.find((message) => message.id === messageId);
  }

  addThread(guild: GuildState, thread: FakeChannel): void {
    guild.channels.push(thread);
  }

  /** Replaces a guild channel with its changed copy (channels are immutable values). */
  replaceChannel(guild: GuildState, changed: FakeChannel): void {
    const index = guild.channels.findIndex((channel) => channel.id === changed.id);
    if (index >= 0) guild.channels[index] = changed;
  }
}
