const channel = (id: string): string => `<#${id}>`;

/**
 * What the day's place to talk needs in the configured channel: in a text channel, a thread
 * under each day's post; in a forum, the day's own post (and the coach's tags on the forum).
 */
export type ThreadAccess =
  | { readonly kind: 'text'; readonly channelId: string; readonly missing: readonly string[] }
  | {
      readonly kind: 'forum';
      readonly channelId: string;
      readonly missing: readonly string[];
      /** The coach's tags (stuck, solved, project) the forum lacks. */
      readonly missingTags: readonly string[];
      /** Whether the bot may add tags there (Manage Threads or Manage Channels). */
      readonly canAddTags: boolean;
      /** The forum requires a tag on every post (Discord's Require Tags setting). */
      readonly requiresTag: boolean;
    };

const list = (names: readonly string[]): string => names.join(', ');

/** Setup's warnings: days are still posted, and the admin learns what is missing around them. */
export function renderThreadWarnings(access: ThreadAccess): string[] {
  if (access.kind === 'text') {
    return access.missing.length === 0
      ? []
      : [
          `Each day will be posted without its discussion thread: I'm missing ${list(access.missing)} in that channel. Grant them to give every day a thread.`,
        ];
  }
  return [
    ...(access.missing.length === 0
      ? []
      : [
          `Each day gets its own post, but shared proof and my answers can't go in it: I'm missing ${list(access.missing)} in that forum. Grant it there.`,
        ]),
    ...(access.missingTags.length === 0 ? [] : [missingTagsLine(access.missingTags, access.canAddTags)]),
    ...(access.requiresTag ? [REQUIRED_TAG] : []),
  ];
}

// The coach tags project days only, so in such a forum Discord refuses every other day's post.
const REQUIRED_TAG =
  "This forum requires a tag on every post, and I tag only project days, so Discord would refuse the other days. Turn off Require Tags in the forum's settings.";

function missingTagsLine(tags: readonly string[], canAdd: boolean): string {
  const what = `The forum lacks the tag${tags.length === 1 ? '' : 's'} ${list(tags)}`;
  return canAdd
    ? `${what} and Discord refused to add ${tags.length === 1 ? 'it' : 'them'} (a forum holds 20 tags). Make room and run /coach setup again.`
    : `${what}, and I'm missing Manage Threads there to add ${tags.length === 1 ? 'it' : 'them'}. Grant it and run /coach setup again, or add ${tags.length === 1 ? 'it' : 'them'} yourself.`;
}

/** `/coach status`'s line on the day threads (text) or the day posts (forum): what is granted, what is missing. */
export function renderThreadStatus(access: ThreadAccess | null): string {
  if (access === null) return "Day threads: I can't see the channel, so I can't check them.";
  const where = channel(access.channelId);
  if (access.kind === 'text') {
    return access.missing.length === 0
      ? `Day threads: Create Public Threads and Send Messages in Threads granted in ${where}; each day gets its thread.`
      : `Day threads: missing ${list(access.missing)} in ${where}, so days are posted without a thread. Grant ${access.missing.length === 1 ? 'it' : 'them'} there.`;
  }
  const posts =
    access.missing.length === 0
      ? `Forum posts: Send Messages in Threads granted in ${where}; each day is its own post, with shared proof and answers in it.`
      : `Forum posts: missing ${list(access.missing)} in ${where}, so shared proof and answers can't go in the day's post. Grant it there.`;
  const tags =
    access.missingTags.length === 0
      ? 'Forum tags: stuck, solved and project are there.'
      : `Forum tags: ${missingTagsLine(access.missingTags, access.canAddTags)}`;
  return [posts, tags, ...(access.requiresTag ? [`Forum tags: ${REQUIRED_TAG}`] : [])].join('\n');
}
