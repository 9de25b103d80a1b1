import { randomUUID } from 'node:crypto';
import type { Logger } from '../../../src/app/ports.js';

/** A logger that keeps its lines, for asserting on what was (not) logged. */
export function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (message: string, context?: Record<string, unknown>) => {
    lines.push(`${level} ${message} ${JSON.stringify(context ?? {})}`);
  };
  return { lines, info: record('info'), warn: record('warn'), error: record('error') };
}

/** A namespace no other run uses, so runs on a shared server never meet. */
export function randomNamespace(): string {
  return `t${randomUUID().replaceAll('-', '').slice(0, 16)}`;
}
