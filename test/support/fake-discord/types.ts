/** A user of the fake world. `dmsClosed` makes sending them a DM fail with 403 / 50007. */
export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly globalName?: string;
  readonly bot?: boolean;
  readonly dmsClosed?: boolean;
}

/** A guild role; the @everyone role has the guild's id. */
export interface FakeRole {
  readonly id: string;
  readonly name: string;
  readonly permissions: bigint;
  readonly position?: number;
}

/** A channel permission overwrite for a role or a member. */
export interface FakeOverwrite {
  readonly id: string;
  readonly type: 'role' | 'member';
  readonly allow?: bigint;
  readonly deny?: bigint;
}

/** A forum's tag: at most 20 per forum, a name of 1 to 20 characters. */
export interface FakeForumTag {
  readonly id: string;
  readonly name: string;
  /** Only members with Manage Threads may add or remove it. */
  readonly moderated?: boolean;
}

/** A guild channel: text (0) by default, category (4), public thread (11), or forum (15). */
export interface FakeChannel {
  readonly id: string;
  readonly name: string;
  readonly type?: number;
  readonly parentId?: string;
  readonly overwrites?: readonly FakeOverwrite[];
  /** A forum's tags. */
  readonly availableTags?: readonly FakeForumTag[];
  /** Channel flags (a forum's REQUIRE_TAG is 1 << 4). */
  readonly flags?: number;
  /** A forum post's tags, by id. */
  readonly appliedTags?: readonly string[];
  /** Who started a thread. */
  readonly ownerId?: string;
}

/** A guild member: a user of the world with role ids. */
export interface FakeMember {
  readonly userId: string;
  readonly roles: readonly string[];
  readonly nick?: string;
}

/** A guild with the bot in it. */
export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly roles: readonly FakeRole[];
  readonly channels: readonly FakeChannel[];
  readonly members: readonly FakeMember[];
}

/** Everything the fake server knows at start: the bot, its application, users and guilds. */
export interface FakeWorld {
  readonly bot: FakeUser;
  readonly applicationId: string;
  readonly users: readonly FakeUser[];
  readonly guilds: readonly FakeGuild[];
}

/** A file part of a multipart request. */
export interface RecordedFile {
  readonly field: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
  /** The bytes uploaded, so a test can read what a file says. */
  readonly data: Buffer;
}

/** One REST request as the server saw it; `status` is filled in once answered. */
export interface RecordedRequest {
  readonly method: string;
  /** Path below /api/v10, decoded: `/webhooks/1/tok/messages/@original`. */
  readonly path: string;
  /** The route pattern that matched: `POST /channels/:channel/messages`. */
  route: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON body, or the `payload_json` of a multipart body. */
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
  /** Date.now() when the request arrived. */
  readonly time: number;
  status: number;
}

/** A reply a route handler gives; no body means 204 with no content-type. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Options for {@link startFakeDiscord}. */
export interface FakeDiscordOptions {
  /** Defaults to {@link defaultWorld}. */
  readonly world?: FakeWorld;
  /** The bot token REST and IDENTIFY must carry. */
  readonly token?: string;
  /** Delay before every REST answer, for benchmarks. */
  readonly latencyMs?: number;
  /** Discord's global limit: at most N REST requests per second (interaction routes exempt). */
  readonly globalRateLimit?: number;
  readonly heartbeatIntervalMs?: number;
  /** How long an `enforce_nonce` nonce is remembered (Discord: a few minutes). */
  readonly nonceWindowMs?: number;
  /** Time allowed for the first interaction callback; Discord gives 3 s. */
  readonly interactionDeadlineMs?: number;
  /** Echo the bot's own channel messages as MESSAGE_CREATE, as Discord does. */
  readonly echoBotMessages?: boolean;
}
