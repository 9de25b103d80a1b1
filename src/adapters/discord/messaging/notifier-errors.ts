import { DiscordAPIError, HTTPError } from 'discord.js';
import type { SendOutcome } from '../../../app/ports.js';

/** Discord's JSON error codes the notifier tells apart. */
export const DISCORD_CODES = {
  unknownChannel: 10003,
  unknownUser: 10013,
  cannotDmUser: 50007,
  threadAlreadyCreated: 160004,
} as const;

/** A failed REST call as a send outcome: 403 forbidden, 404 gone, anything else passing. */
export function failureOf(error: unknown): Exclude<SendOutcome, { kind: 'sent' }> {
  if (error instanceof DiscordAPIError) {
    const detail = `${error.status} ${error.code}: ${error.message}`;
    if (error.status === 403) return { kind: 'forbidden', detail };
    if (error.status === 404 || error.code === DISCORD_CODES.unknownChannel) return { kind: 'gone', detail };
    return { kind: 'failed', detail };
  }
  if (error instanceof HTTPError) return { kind: 'failed', detail: `${error.status} ${error.message}` };
  if (error instanceof Error) return { kind: 'failed', detail: `${error.name}: ${error.message}` };
  return { kind: 'failed', detail: String(error) };
}
