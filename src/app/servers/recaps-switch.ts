import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import type { ServerRecords } from '../storage/server-records.js';

/** Outcome of `/coach recaps on|off`. */
export type RecapsOutcome =
  | { readonly kind: 'recaps-set'; readonly on: boolean; readonly changed: boolean }
  | { readonly kind: 'not-set-up' }
  | { readonly kind: 'busy' };

/** Turns the server's section recaps on or off; nothing changes for a server not set up. */
export async function setRecaps(
  records: ServerRecords,
  guildId: string,
  on: boolean,
  now: Date,
): Promise<RecapsOutcome> {
  const updated = await records.update(
    guildId,
    now,
    (current): { settings?: ServerSettings; outcome: RecapsOutcome } => {
      if (current === null) return { outcome: { kind: 'not-set-up' } };
      const changed = current.recaps !== on;
      return {
        settings: changed ? { ...current, recaps: on } : undefined,
        outcome: { kind: 'recaps-set', on, changed },
      };
    },
  );
  return updated.kind === 'ok' ? updated.outcome : updated;
}
