import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { nextSnowflake, type Json } from './json.js';
import type { Signal } from './signal.js';

/** A file a user attaches to a slash command option: the bytes the fake serves, and what Discord reports. */
export interface AttachmentInput {
  readonly filename: string;
  /** The file's bytes; a string is taken as UTF-8. */
  readonly content: string | Uint8Array;
  /** Defaults from the extension: .md, .txt, .pdf, .png, .json; else application/octet-stream. */
  readonly contentType?: string;
  /** The size Discord reports; defaults to the byte length (set it to test a size check before download). */
  readonly size?: number;
  readonly description?: string;
  /** What the CDN answers a download with; 200 by default (404 is what an expired link gets). */
  readonly status?: number;
}

/** One download of a stored attachment from the fake's own CDN route. */
export interface AttachmentDownload {
  readonly id: string;
  readonly filename: string;
  readonly time: number;
}

const TYPES: Readonly<Record<string, string>> = {
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
  png: 'image/png',
};

const contentTypeOf = (filename: string): string =>
  TYPES[/\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/**
 * Attachments users send with slash commands, served by the fake itself at
 * `GET /attachments/<id>/<filename>` (outside /api, like Discord's CDN). URLs carry the
 * `ex`/`is`/`hm` signature query Discord adds, so a link is used as the whole URL.
 */
export class AttachmentStore {
  private readonly files = new Map<
    string,
    { filename: string; contentType: string; data: Buffer; status: number }
  >();
  readonly downloads: AttachmentDownload[] = [];

  constructor(
    private readonly origin: () => string,
    private readonly signal: Signal,
  ) {}

  /** Stores the file and returns its `resolved.attachments` entry, as Discord sends it. */
  add(input: AttachmentInput): Json {
    const id = nextSnowflake();
    // Discord replaces spaces in uploaded file names with underscores.
    const filename = input.filename.replace(/\s/g, '_');
    const data = Buffer.from(input.content);
    const contentType = input.contentType ?? contentTypeOf(filename);
    this.files.set(id, { filename, contentType, data, status: input.status ?? 200 });
    const issued = Math.floor(Date.now() / 1000);
    const query = `ex=${(issued + 86_400).toString(16)}&is=${issued.toString(16)}&hm=${randomBytes(32).toString('hex')}&`;
    const path = `/attachments/${id}/${encodeURIComponent(filename)}?${query}`;
    return {
      id,
      filename,
      size: input.size ?? data.length,
      content_type: contentType,
      url: `http://${this.origin()}${path}`,
      proxy_url: `http://${this.origin()}${path}`,
      ephemeral: true,
      ...(input.description === undefined ? {} : { description: input.description }),
    };
  }

  /** Answers a request for an attachment's bytes; false when the request is not for one. */
  serve(request: IncomingMessage, response: ServerResponse): boolean {
    const url = new URL(request.url ?? '/', 'http://fake.invalid');
    const match = /^\/attachments\/(\d+)\/([^/]+)$/.exec(url.pathname);
    if (match === null || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
    const file = this.files.get(match[1] ?? '');
    if (file === undefined || decodeURIComponent(match[2] ?? '') !== file.filename) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return true;
    }
    if (request.method === 'GET') {
      this.downloads.push({ id: match[1] ?? '', filename: file.filename, time: Date.now() });
      this.signal.notify();
    }
    if (file.status !== 200) {
      response
        .writeHead(file.status, { 'content-type': 'text/plain' })
        .end('This content is no longer available.');
      return true;
    }
    response.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.data.length) });
    response.end(request.method === 'HEAD' ? undefined : file.data);
    return true;
  }
}
