import { describe, expect, it } from 'vitest';
import type { Json } from './json.js';
import { validateMessage } from './validate.js';

const check = (body: Json) => validateMessage(body, { isNew: true, hasFiles: false });
const errorsOf = (body: Json): Json | undefined => (check(body)?.body as Json | undefined)?.errors as Json;
const x = (length: number) => 'x'.repeat(length);
const fields = (count: number, value = 'v') =>
  Array.from({ length: count }, (_, i) => ({ name: `f${i}`, value }));

describe("GIVEN the fake Discord's message validation (Discord's documented embed limits)", () => {
  it.each([
    ['a title of 256', { title: x(256) }],
    ['a description of 4,096', { description: x(4096) }],
    ['25 fields', { fields: fields(25) }],
    ['a field name of 256 and a value of 1,024', { fields: [{ name: x(256), value: x(1024) }] }],
    ['a footer of 2,048 and an author of 256', { footer: { text: x(2048) }, author: { name: x(256) } }],
  ])('WHEN an embed has %s THEN it is accepted', (_what, embed) => {
    expect(check({ embeds: [embed] })).toBeUndefined();
  });

  it.each([
    ['a title of 257', { title: x(257) }, ['embeds', '0', 'title']],
    ['a description of 4,097', { description: x(4097) }, ['embeds', '0', 'description']],
    ['26 fields', { fields: fields(26) }, ['embeds', '0', 'fields']],
    [
      'a field name of 257',
      { fields: [{ name: x(257), value: 'v' }] },
      ['embeds', '0', 'fields', '0', 'name'],
    ],
    [
      'a field value of 1,025',
      { fields: [{ name: 'n', value: x(1025) }] },
      ['embeds', '0', 'fields', '0', 'value'],
    ],
    ['an empty field value', { fields: [{ name: 'n', value: '' }] }, ['embeds', '0', 'fields', '0', 'value']],
    ['a footer of 2,049', { footer: { text: x(2049) } }, ['embeds', '0', 'footer', 'text']],
    ['an author name of 257', { author: { name: x(257) } }, ['embeds', '0', 'author', 'name']],
  ])('WHEN an embed has %s THEN 400 / 50035 names that part', (_what, embed, path) => {
    const reply = check({ embeds: [embed] });
    expect(reply?.status).toBe(400);
    expect((reply?.body as Json).code).toBe(50035);
    let node = errorsOf({ embeds: [embed] });
    for (const key of path) node = node?.[key] as Json | undefined;
    expect(node?._errors).toEqual([expect.objectContaining({ code: 'BASE_TYPE_MAX_LENGTH' })]);
  });

  it('WHEN each embed is within its limits but together they pass 6,000 characters THEN 400 MAX_EMBED_SIZE_EXCEEDED', () => {
    // Title, description, field names and values, footer and author all count, across every embed.
    const embed = { title: x(200), description: x(1000), fields: fields(1, x(500)), footer: { text: x(50) } };
    const size = 200 + 1000 + 2 + 500 + 50;
    const fits = Array.from({ length: Math.floor(6000 / size) }, () => embed);
    expect(check({ embeds: fits })).toBeUndefined();
    const over = [...fits, { author: { name: x(6000 - fits.length * size + 1) } }];
    expect(errorsOf({ embeds: over })?.embeds).toMatchObject({
      _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED' }],
    });
  });

  it('WHEN a message has 10 embeds THEN accepted; 11 THEN refused', () => {
    expect(check({ embeds: Array.from({ length: 10 }, () => ({ title: 't' })) })).toBeUndefined();
    expect(errorsOf({ embeds: Array.from({ length: 11 }, () => ({ title: 't' })) })?.embeds).toMatchObject({
      _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }],
    });
  });

  it('WHEN the content is over 2,000 beside embeds THEN refused for the content alone', () => {
    expect(errorsOf({ content: x(2001), embeds: [{ title: 't' }] })).toHaveProperty('content');
    expect(check({ content: x(2000), embeds: [{ description: x(4000) }] })).toBeUndefined();
  });
});
