import { describe, expect, it } from 'vitest';
import { readProof } from '../../../src/adapters/discord/proof-input.js';

describe('reading a proof from Discord input', () => {
  it.each([
    [{ text: 'Built it' }, { kind: 'proof', proof: { text: 'Built it', links: [] } }],
    [
      {
        text: 'Built it https://a.example/x',
        link: 'https://b.example',
        fileUrl: 'https://cdn.example/shot.png',
      },
      {
        kind: 'proof',
        proof: {
          text: 'Built it',
          links: ['https://a.example/x', 'https://b.example', 'https://cdn.example/shot.png'],
        },
      },
    ],
    [{ text: 'Done @everyone' }, { kind: 'mentions' }],
    [{ text: 'Done', link: 'https://x.example/@here' }, { kind: 'mentions' }],
    [{ text: 'Thanks <@!123456> and <@&987>' }, { kind: 'mentions' }],
    [{ text: 'my email is lin@everyonething.dev' }, { kind: 'proof' }],
  ])('GIVEN %o WHEN read THEN %o', (input, expected) => {
    expect(readProof(input)).toMatchObject(expected);
  });
});
