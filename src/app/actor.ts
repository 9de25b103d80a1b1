/**
 * Who is acting, as a front end knows them. Adapter-neutral: the app resolves the rest (the
 * learner's record, the cohort of the server they came from, their quota).
 */
export interface ActorRef {
  /** Stable id across front ends, made by {@link learnerIdOf}: `discord:1234`, `console:local`. */
  readonly id: string;
  readonly displayName: string;
  /** The server the request came from; null or absent in DMs and the console. */
  readonly serverId?: string | null;
  /** A server admin (Manage Server) where the request came from: they get the admin quota. */
  readonly admin?: boolean;
}

/** A learner's id from the platform and the platform's user id: `discord:1234`. */
export const learnerIdOf = (platform: string, userId: string): string => `${platform}:${userId}`;

/** The platform's user id of a learner id, or null when the learner is from another platform. */
export function platformUserOf(learnerId: string, platform: string): string | null {
  const prefix = `${platform}:`;
  return learnerId.startsWith(prefix) ? learnerId.slice(prefix.length) : null;
}
