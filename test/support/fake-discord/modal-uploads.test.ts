import { DiscordAPIError, MessageFlags, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { onNextInteraction, useFakeDiscord, type FakeDiscordSession } from './hooks.js';
import type { Json } from './json.js';

type ModalBody = APIModalInteractionResponseCallbackData;

const upload = (component: Json = {}): Json => ({
  type: 18,
  label: 'A screenshot',
  component: { type: 19, custom_id: 'shot', required: false, min_values: 0, max_values: 1, ...component },
});
const note: Json = { type: 18, label: 'Note', component: { type: 4, custom_id: 'note', style: 1 } };
const modal = (...components: Json[]): ModalBody =>
  ({ custom_id: 'form', title: 'Hand in', components }) as unknown as ModalBody;

/** Clicks a button and has the bot answer with `body` as a modal; the API's answer to it. */
async function show(session: FakeDiscordSession, body: ModalBody): Promise<DiscordAPIError | 'shown'> {
  const shown = onNextInteraction(session.client, async (interaction) => {
    if (!interaction.isButton()) throw new Error('expected a button');
    return interaction.showModal(body).then(
      () => 'shown' as const,
      (error: unknown) => {
        if (error instanceof DiscordAPIError) return error;
        throw error;
      },
    );
  });
  session.fake.interactions.button({ customId: 'open' });
  return shown;
}

describe('fake Discord modal file uploads, seen by discord.js', () => {
  const session = useFakeDiscord();

  it('GIVEN a modal with a File Upload in a Label WHEN a user uploads a file THEN discord.js resolves it and its URL serves the bytes', async () => {
    const { fake, client } = session;
    expect(await show(session, modal(note, upload()))).toBe('shown');
    const read = onNextInteraction(client, async (interaction) => {
      if (!interaction.isModalSubmit()) throw new Error('expected a modal');
      await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
      const file = interaction.fields.getUploadedFiles('shot', true).first();
      const response = await fetch(file?.url ?? '');
      return {
        note: interaction.fields.getTextInputValue('note'),
        name: file?.name,
        size: file?.size,
        contentType: file?.contentType,
        body: await response.text(),
      };
    });
    const submitted = fake.interactions.modal({
      customId: 'form',
      fields: {},
      files: { shot: [{ filename: 'my dag.png', content: 'PNG bytes' }] },
    });
    expect(await read).toEqual({
      note: '',
      name: 'my_dag.png',
      size: 9,
      contentType: 'image/png',
      body: 'PNG bytes',
    });
    const data = submitted.payload.data as Json;
    const [noteLabel, uploadLabel] = data.components as Json[];
    expect(noteLabel).toEqual({
      type: 18,
      id: 1,
      component: { type: 4, id: 2, custom_id: 'note', value: '' },
    });
    const id = String(((uploadLabel?.component as Json).values as string[])[0]);
    expect(uploadLabel).toEqual({
      type: 18,
      id: 3,
      component: { type: 19, id: 4, custom_id: 'shot', values: [id] },
    });
    expect((data.resolved as Json).attachments).toEqual({
      [id]: expect.objectContaining({ id, filename: 'my_dag.png', ephemeral: true }),
    });
  });

  it('GIVEN an optional File Upload WHEN the user sends no file THEN its values are empty and discord.js finds no files', async () => {
    const { fake, client } = session;
    expect(await show(session, modal(upload()))).toBe('shown');
    const read = onNextInteraction(client, async (interaction) => {
      if (!interaction.isModalSubmit()) throw new Error('expected a modal');
      await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
      return interaction.fields.getUploadedFiles('shot');
    });
    const submitted = fake.interactions.modal({ customId: 'form', fields: {} });
    expect(await read).toBeNull();
    expect(submitted.payload.data).toEqual({
      custom_id: 'form',
      components: [{ type: 18, id: 1, component: { type: 19, id: 2, custom_id: 'shot', values: [] } }],
    });
  });

  it.each([
    ['a File Upload outside a Label', modal({ type: 19, custom_id: 'shot' }), ['components', '0', 'type']],
    [
      'a File Upload in an action row',
      modal({ type: 1, components: [{ type: 19, custom_id: 'shot' }] }),
      ['components', '0', 'components', '0', 'type'],
    ],
    [
      'a required File Upload with min_values 0',
      modal(upload({ required: true })),
      ['components', '0', 'component', 'min_values'],
    ],
    ['max_values 11', modal(upload({ max_values: 11 })), ['components', '0', 'component', 'max_values']],
    [
      'min_values above max_values',
      modal(upload({ min_values: 3, max_values: 2 })),
      ['components', '0', 'component', 'min_values'],
    ],
    ['no custom_id', modal(upload({ custom_id: '' })), ['components', '0', 'component', 'custom_id']],
    [
      'a custom_id of 101 characters',
      modal(upload({ custom_id: 'x'.repeat(101) })),
      ['components', '0', 'component', 'custom_id'],
    ],
    [
      'two inputs with one custom_id',
      modal(upload(), upload()),
      ['components', '1', 'component', 'custom_id'],
    ],
    ['a label of 46 characters', modal({ ...upload(), label: 'x'.repeat(46) }), ['components', '0', 'label']],
    [
      'six components',
      modal(note, upload(), ...[1, 2, 3, 4].map(() => ({ type: 10, content: 'x' }))),
      ['components'],
    ],
  ])(
    'GIVEN a modal with %s WHEN the bot shows it THEN 400 Invalid Form Body names the field',
    async (_, body, path) => {
      const refused = await show(session, body);
      if (refused === 'shown') throw new Error('the modal was accepted');
      expect({ status: refused.status, code: refused.code }).toEqual({ status: 400, code: 50035 });
      let errors = refused.rawError as unknown as Json;
      for (const key of ['errors', 'data', ...path]) errors = (errors[key] ?? {}) as Json;
      expect(errors._errors).toEqual([expect.objectContaining({ code: expect.any(String) })]);
    },
  );

  it.each([
    ['two files where one is allowed', { shot: [1, 2] }, {}, 'at most 1'],
    ['no file in a required upload', {}, { required: true, min_values: 1 }, 'at least 1'],
    ['a file over the 10 MiB upload limit', { shot: [11 * 1024 * 1024] }, {}, 'upload limit'],
    ['a file for an input the modal lacks', { other: [1] }, {}, 'no file upload other'],
  ])(
    'GIVEN a shown modal WHEN a test submits %s THEN the fake refuses, as the Discord client would',
    async (_, sizes: Record<string, number[]>, component, words) => {
      const { fake } = session;
      expect(await show(session, modal(upload(component)))).toBe('shown');
      const files = Object.fromEntries(
        Object.entries(sizes).map(([id, list]) => [
          id,
          list.map((size, n) => ({ filename: `f${n}.png`, content: 'x', size })),
        ]),
      );
      expect(() => fake.interactions.modal({ customId: 'form', fields: {}, files })).toThrow(words);
    },
  );
});
