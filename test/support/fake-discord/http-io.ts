import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedFile, Reply } from './types.js';

/** A parsed request body: JSON (or a multipart's payload_json) and any files. */
export interface ParsedBody {
  readonly json: unknown;
  readonly files: readonly RecordedFile[];
}

export async function readBody(request: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = request.headers['content-type'] ?? '';
  if (raw.length === 0) return { json: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) return readMultipart(raw, type);
  if (type.startsWith('application/json')) return { json: JSON.parse(raw.toString('utf8')), files: [] };
  return { json: raw.toString('utf8'), files: [] };
}

// undici's Response parses multipart/form-data exactly as a browser would.
async function readMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const files: RecordedFile[] = [];
  let json: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') json = JSON.parse(value);
      continue;
    }
    const data = Buffer.from(await value.arrayBuffer());
    files.push({ field, name: value.name, size: value.size, contentType: value.type, data });
  }
  return { json, files };
}

export function writeReply(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body === undefined) {
    // An empty body with a JSON content-type crashes discord.js's REST client: send none.
    response.writeHead(reply.status, headers);
    response.end();
    return;
  }
  const text = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
  });
  response.end(text);
}

/** A Discord JSON error: `{ message, code }`. */
export function apiError(status: number, code: number, message: string, errors?: unknown): Reply {
  return { status, body: errors === undefined ? { message, code } : { message, code, errors } };
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
export const noContent = (): Reply => ({ status: 204 });
