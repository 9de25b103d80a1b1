import { describe, expect, it } from 'vitest';
import { embedPages, embedReply } from '../../../../src/adapters/discord/render/embed-pages.js';
import type { Json } from '../../../support/fake-discord/index.js';
import { validateMessage } from '../../../support/fake-discord/validate.js';

const fields = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `f${i}`, value: `v${i}` }));
const valid = (embeds: unknown) =>
  validateMessage({ embeds } as unknown as Json, { isNew: true, hasFiles: false }) === undefined;

describe('embedPages', () => {
  it('GIVEN 60 short fields WHEN paged THEN one message of 25 + 25 + 10 fields, the image on the first embed, the footer on the last', () => {
    const pages = embedPages({
      title: 'T',
      color: 1,
      fields: fields(60),
      footer: 'legend',
      imageUrl: 'attachment://card.png',
    });
    expect(pages).toHaveLength(1);
    expect(pages[0]?.map((embed) => embed.fields?.length)).toEqual([25, 25, 10]);
    expect(pages[0]?.[0]).toMatchObject({ title: 'T', image: { url: 'attachment://card.png' } });
    expect(pages[0]?.map((embed) => embed.footer?.text)).toEqual([undefined, undefined, 'legend']);
    expect(pages[0]?.every((embed) => embed.color === 1)).toBe(true);
    expect(pages.every(valid)).toBe(true);
  });

  it('GIVEN 260 short fields WHEN paged THEN 10 embeds in the first message and the rest in a second', () => {
    const pages = embedPages({ title: 'T', color: 1, fields: fields(260) });
    expect(pages.map((page) => page.length)).toEqual([10, 1]);
    expect(pages.flat().flatMap((embed) => embed.fields ?? [])).toEqual(fields(260));
    expect(pages.every(valid)).toBe(true);
  });

  it('GIVEN a field of 3,000 characters in lines WHEN paged THEN split at line ends into fields that say they continue', () => {
    const lines = Array.from(
      { length: 100 },
      (_, i) => `line ${String(i).padStart(3, '0')} ${'x'.repeat(20)}`,
    );
    const [page] = embedPages({ title: 'T', color: 1, fields: [{ name: 'List', value: lines.join('\n') }] });
    const split = page?.[0]?.fields ?? [];
    expect(split.map((field) => field.name)).toEqual(['List', 'List (continued)', 'List (continued)']);
    expect(split.flatMap((field) => field.value.split('\n'))).toEqual(lines);
    expect(split.every((field) => field.value.length <= 1024)).toBe(true);
  });

  it('GIVEN more than 6,000 characters WHEN paged THEN further messages continue under the title, each within the total', () => {
    const big = Array.from({ length: 20 }, (_, i) => ({ name: `f${i}`, value: 'y'.repeat(1000) }));
    const reply = embedReply({ title: 'Checklists', description: 'd'.repeat(4096), color: 1, fields: big });
    const messages = [reply.embeds ?? [], ...(reply.more ?? []).map((more) => more.embeds ?? [])];
    expect(messages.length).toBeGreaterThanOrEqual(5);
    expect(messages.slice(1).every((embeds) => embeds[0]?.title === 'Checklists (continued)')).toBe(true);
    expect(messages.flat().flatMap((embed) => embed.fields ?? [])).toEqual(big);
    expect(messages.every(valid)).toBe(true);
  });
});
