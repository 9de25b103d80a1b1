import { describe, expect, it } from 'vitest';
import { readProof } from '../../../src/adapters/discord/proof-input.js';

describe('reading a proof from Discord input', () => {
  it.each([
    [{ text: 'Built it' }, { text: 'Built it', links: [] }],
    [
      {
        text: 'Built it https://a.example/x',
        link: 'https://b.example',
        fileUrl: 'https://cdn.example/shot.png',
      },
      {
        text: 'Built it',
        links: ['https://a.example/x', 'https://b.example', 'https://cdn.example/shot.png'],
      },
    ],
    [{ text: 'Done @everyone' }, { text: 'Done @everyone', links: [] }],
    [
      { text: 'Built the DAG.\r\n\n\n\nSteps:\n-  read   https://a.example/x\n- count ' },
      { text: 'Built the DAG.\n\nSteps:\n- read\n- count', links: ['https://a.example/x'] },
    ],
    [
      { text: 'Done', link: 'https://x.example/@here' },
      { text: 'Done', links: ['https://x.example/@here'] },
    ],
    [{ text: 'Thanks <@!123456> and <@&987>' }, { text: 'Thanks <@!123456> and <@&987>', links: [] }],
  ])('GIVEN %o WHEN read THEN %o', (input, expected) => {
    expect(readProof(input)).toEqual(expected);
  });
});
