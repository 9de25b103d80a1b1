import {
  migrateServerSettings,
  ServerSettingsSchema,
  type PostProblem,
  type ServerSettings,
} from '../../core/schedule/server-schedule.js';
import type { Logger, Store } from '../ports.js';
import { readRecord, withLease, writeRecord } from './versioned-records.js';

/** Schema version of stored server records; bump with a migration when the shape changes. */
export const SERVER_RECORD_VERSION = 3;
const VERSIONING = { current: SERVER_RECORD_VERSION, migrate: migrateServerSettings };

/** Store key of one server's settings. */
export const serverKey = (guildId: string): string => `server:${guildId}`;

/** Store set of every guild id that has settings: what the scheduler walks. */
export const SERVERS_INDEX_KEY = 'servers';

const leaseKey = (guildId: string): string => `lease:server:${guildId}`;

/** Outcome of a locked read-modify-write of a server's settings. */
export type ServerUpdate<O> = { readonly kind: 'ok'; readonly outcome: O } | { readonly kind: 'busy' };

/** Reads and writes server settings; every write holds the server's lease. */
export class ServerRecords {
  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  /** The server's settings, or null when it was never set up (or its record had to be set aside). */
  async load(guildId: string, now: Date): Promise<ServerSettings | null> {
    const read = await readRecord(
      this.store,
      serverKey(guildId),
      ServerSettingsSchema,
      this.logger,
      now,
      VERSIONING,
    );
    return read.kind === 'found' ? read.value : null;
  }

  /** Guild ids of every server that has settings. */
  listGuildIds(): Promise<string[]> {
    return this.store.setMembers(SERVERS_INDEX_KEY);
  }

  async save(settings: ServerSettings): Promise<void> {
    await writeRecord(this.store, serverKey(settings.guildId), SERVER_RECORD_VERSION, settings);
    await this.store.addToSet(SERVERS_INDEX_KEY, settings.guildId);
  }

  /** Runs `change` on the current settings (null when none) under the lease and saves what it returns. */
  async update<O>(
    guildId: string,
    now: Date,
    change: (current: ServerSettings | null) => { readonly settings?: ServerSettings; readonly outcome: O },
  ): Promise<ServerUpdate<O>> {
    const leased = await withLease(this.store, leaseKey(guildId), 10_000, async (): Promise<O> => {
      const result = change(await this.load(guildId, now));
      if (result.settings !== undefined) await this.save(result.settings);
      return result.outcome;
    });
    return leased.kind === 'ok' ? { kind: 'ok', outcome: leased.value } : { kind: 'busy' };
  }

  /** Records (or clears, with null) the problem the scheduler met posting to this server. */
  async recordProblem(guildId: string, problem: PostProblem | null, now: Date): Promise<void> {
    await this.update(guildId, now, (current) =>
      current === null || sameProblem(current.problem, problem)
        ? { outcome: undefined }
        : { settings: { ...current, problem }, outcome: undefined },
    );
  }
}

const sameProblem = (a: PostProblem | null, b: PostProblem | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.reason === b.reason &&
    a.slotDate === b.slotDate &&
    a.channelId === b.channelId);
