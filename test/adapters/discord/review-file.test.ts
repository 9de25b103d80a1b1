import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DRAFT_FILE_BYTES, readDraftFile } from '../../../src/adapters/discord/review-file.js';

const FILES: Record<string, Buffer> = {
  '/draft.md': Buffer.from('\uFEFF# My post\n\nSpark is lazy.', 'utf8'),
  '/huge.txt': Buffer.alloc(MAX_DRAFT_FILE_BYTES + 10, 'a'),
  '/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
};

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const body = FILES[req.url ?? ''];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('GIVEN a draft attached as a file', () => {
  it('WHEN it is a .md file THEN its text comes back, without a byte-order mark', async () => {
    const read = await readDraftFile({ name: 'Draft.MD', size: 30, url: `${base}/draft.md` });
    expect(read).toEqual({ kind: 'text', text: '# My post\n\nSpark is lazy.' });
  });

  it.each([
    [
      'a PDF',
      { name: 'post.pdf', size: 10, url: `${base}/draft.md` },
      { kind: 'wrong-type', name: 'post.pdf' },
    ],
    [
      'too big by its size',
      { name: 'big.txt', size: MAX_DRAFT_FILE_BYTES + 1, url: '/none' },
      { kind: 'too-big', maxChars: 20_000 },
    ],
    [
      'bigger than it said',
      { name: 'huge.txt', size: 100, url: '/huge.txt' },
      { kind: 'too-big', maxChars: 20_000 },
    ],
    ['not UTF-8', { name: 'latin1.txt', size: 4, url: '/latin1.txt' }, { kind: 'unreadable' }],
    ['gone', { name: 'gone.txt', size: 4, url: '/gone.txt' }, { kind: 'unreadable' }],
  ])('WHEN it is %s THEN it is refused with the reason', async (_label, file, expected) => {
    // The table is built before the server starts: its paths get the address here.
    expect(await readDraftFile({ ...file, url: `${base}${file.url}` })).toEqual(expected);
  });

  it('WHEN the file is too big by its size THEN it is not even downloaded', async () => {
    let fetched = false;
    const spy: typeof fetch = async (...args) => {
      fetched = true;
      return fetch(...args);
    };
    await readDraftFile({ name: 'big.md', size: MAX_DRAFT_FILE_BYTES + 1, url: `${base}/draft.md` }, spy);
    expect(fetched).toBe(false);
  });
});
