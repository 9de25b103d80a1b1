/** The gateway shard a process runs, as config parses `DISCORD_SHARD`; none: the whole gateway. */
export interface ShardIdentity {
  readonly id: number;
  readonly count: number;
}

/**
 * A process's name in the scheduler lease: its host and its shard. The same on every start, so a
 * process restarted after a crash finds its own lease and takes it back at once; a process on
 * another host or shard is someone else and waits until the lease expires.
 */
export function leaseOwnerOf(host: string, shard: ShardIdentity | undefined): string {
  return `${host}/shard-${shard === undefined ? 'all' : `${shard.id}-of-${shard.count}`}`;
}
