import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { onNextInteraction, useFakeDiscord } from './hooks.js';
import type { Json } from './json.js';

describe('fake Discord slash-command attachments, seen by discord.js', () => {
  const session = useFakeDiscord();

  it('GIVEN a file on an option WHEN the bot reads it THEN discord.js resolves it and its URL serves the bytes', async () => {
    const { fake, client } = session;
    const seen = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
      const file = interaction.options.getAttachment('file', true);
      await interaction.reply({ content: 'got it', flags: MessageFlags.Ephemeral });
      const response = await fetch(file.url);
      return {
        name: file.name,
        size: file.size,
        contentType: file.contentType,
        url: file.url,
        status: response.status,
        body: await response.text(),
      };
    });
    const used = fake.interactions.slash({
      name: 'review',
      options: { file: { attachment: { filename: 'my draft.md', content: '# Spark\nLazy: ü' } } },
    });
    const read = await seen;
    expect(read).toMatchObject({
      name: 'my_draft.md',
      size: Buffer.byteLength('# Spark\nLazy: ü'),
      contentType: 'text/markdown; charset=utf-8',
      status: 200,
      body: '# Spark\nLazy: ü',
    });
    expect(read.url).toMatch(
      new RegExp(`^${fake.apiUrl.replace(/\/api$/, '')}/attachments/\\d+/my_draft\\.md\\?ex=[0-9a-f]+&is=`),
    );
    const option = (used.payload.data as { options: Json[] }).options[0];
    expect(option).toMatchObject({ name: 'file', type: 11 });
    expect(fake.attachmentDownloads).toEqual([
      { id: option?.value, filename: 'my_draft.md', time: expect.any(Number) },
    ]);
  });

  it('GIVEN a reported size WHEN sent THEN Discord reports that size, and unknown files are 404', async () => {
    const { fake, client } = session;
    const seen = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
      await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
      return interaction.options.getAttachment('file', true);
    });
    fake.interactions.slash({
      name: 'review',
      options: { file: { attachment: { filename: 'paper.pdf', content: '%PDF-1.7', size: 2_000_000 } } },
    });
    const file = await seen;
    expect({ size: file.size, contentType: file.contentType }).toEqual({
      size: 2_000_000,
      contentType: 'application/pdf',
    });
    const missing = await fetch(`${fake.apiUrl.replace(/\/api$/, '')}/attachments/1/nothing.md`);
    expect(missing.status).toBe(404);
    expect(fake.attachmentDownloads).toEqual([]);
  });
});
