import { MEMBER_PERMISSIONS, Permission } from './permissions.js';
import type { FakeForumTag, FakeOverwrite, FakeWorld } from './types.js';

/** The ids of {@link defaultWorld}, for tests to refer to. */
export const FIXTURE = {
  applicationId: '1100000000000000001',
  bot: '1100000000000000001',
  guild: '1200000000000000001',
  botRole: '1210000000000000002',
  adminRole: '1210000000000000003',
  studyChannel: '1220000000000000001',
  generalChannel: '1220000000000000002',
  lockedChannel: '1220000000000000003',
  /** The forum of {@link forumWorld}. */
  forumChannel: '1220000000000000004',
  admin: '1300000000000000001',
  learner: '1300000000000000002',
  closedDms: '1300000000000000003',
} as const;

/**
 * One guild, "Study Group": the owner is someone else, so permissions come from roles.
 * - @everyone: a plain member's permissions. "Admin": Manage Server. "Study Coach": the bot's role.
 * - #study and #general are open; #locked denies the bot View Channel.
 * - admin (Manage Server), learner (plain member), closed-dms (plain member whose DMs are closed).
 */
export function defaultWorld(): FakeWorld {
  return {
    bot: { id: FIXTURE.bot, username: 'Study Coach', bot: true },
    applicationId: FIXTURE.applicationId,
    users: [
      { id: FIXTURE.admin, username: 'ada', globalName: 'Ada' },
      { id: FIXTURE.learner, username: 'lin', globalName: 'Lin' },
      { id: FIXTURE.closedDms, username: 'quiet', globalName: 'Quiet', dmsClosed: true },
      { id: '1300000000000000009', username: 'owner' },
    ],
    guilds: [
      {
        id: FIXTURE.guild,
        name: 'Study Group',
        ownerId: '1300000000000000009',
        roles: [
          { id: FIXTURE.guild, name: '@everyone', permissions: MEMBER_PERMISSIONS, position: 0 },
          { id: FIXTURE.botRole, name: 'Study Coach', permissions: MEMBER_PERMISSIONS, position: 1 },
          {
            id: FIXTURE.adminRole,
            name: 'Admin',
            permissions: MEMBER_PERMISSIONS | Permission.ManageGuild | Permission.ManageChannels,
            position: 2,
          },
        ],
        channels: [
          { id: FIXTURE.studyChannel, name: 'study' },
          { id: FIXTURE.generalChannel, name: 'general' },
          {
            id: FIXTURE.lockedChannel,
            name: 'locked',
            overwrites: [{ id: FIXTURE.botRole, type: 'role', deny: Permission.ViewChannel }],
          },
        ],
        members: [
          { userId: FIXTURE.bot, roles: [FIXTURE.botRole] },
          { userId: FIXTURE.admin, roles: [FIXTURE.adminRole] },
          { userId: FIXTURE.learner, roles: [] },
          { userId: FIXTURE.closedDms, roles: [] },
          { userId: '1300000000000000009', roles: [] },
        ],
      },
    ],
  };
}

/**
 * {@link defaultWorld} plus a forum channel, #study-forum (type 15), with `tags` (none by
 * default) and the bot's role's `overwrites` there (none: a plain member's permissions).
 */
export function forumWorld(
  options: {
    readonly tags?: readonly FakeForumTag[];
    readonly botDeny?: bigint;
    readonly botAllow?: bigint;
    /** Channel flags of the forum (REQUIRE_TAG is 1 << 4). */
    readonly flags?: number;
  } = {},
): FakeWorld {
  const world = defaultWorld();
  const [guild] = world.guilds;
  if (guild === undefined) throw new Error('no guild');
  const overwrites: FakeOverwrite[] =
    options.botDeny === undefined && options.botAllow === undefined
      ? []
      : [{ id: FIXTURE.botRole, type: 'role', allow: options.botAllow ?? 0n, deny: options.botDeny ?? 0n }];
  const forum = {
    id: FIXTURE.forumChannel,
    name: 'study-forum',
    type: 15,
    availableTags: options.tags ?? [],
    overwrites,
    ...(options.flags === undefined ? {} : { flags: options.flags }),
  };
  return { ...world, guilds: [{ ...guild, channels: [...guild.channels, forum] }] };
}
