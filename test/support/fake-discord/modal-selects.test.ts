import { DiscordAPIError, MessageFlags, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { onNextInteraction, useFakeDiscord, type FakeDiscordSession } from './hooks.js';
import type { Json } from './json.js';

type ModalBody = APIModalInteractionResponseCallbackData;

const options = (defaultValue?: string): Json[] =>
  ['share', 'private'].map((value) => ({
    label: value === 'share' ? 'Share it' : 'Keep it private',
    value,
    ...(value === defaultValue ? { default: true } : {}),
  }));
const select = (component: Json = {}): Json => ({
  type: 18,
  label: 'Share it?',
  component: { type: 3, custom_id: 'share', options: options(), ...component },
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

/** What discord.js reads from the next modal submission's select `share`. */
function readChoice(session: FakeDiscordSession): Promise<readonly string[]> {
  return onNextInteraction(session.client, async (interaction) => {
    if (!interaction.isModalSubmit()) throw new Error('expected a modal');
    await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
    return interaction.fields.getStringSelectValues('share');
  });
}

describe('fake Discord modal string selects, seen by discord.js', () => {
  const session = useFakeDiscord();

  it('GIVEN a modal with a String Select in a Label WHEN the user picks an option THEN discord.js reads its value, sent in a Label as Discord sends it', async () => {
    const { fake } = session;
    expect(await show(session, modal(note, select()))).toBe('shown');
    const read = readChoice(session);
    const submitted = fake.interactions.modal({
      customId: 'form',
      fields: { note: 'hi' },
      selects: { share: ['private'] },
    });
    expect(await read).toEqual(['private']);
    expect((submitted.payload.data as Json).components).toEqual([
      { type: 18, id: 1, component: { type: 4, id: 2, custom_id: 'note', value: 'hi' } },
      { type: 18, id: 3, component: { type: 3, id: 4, custom_id: 'share', values: ['private'] } },
    ]);
  });

  it('GIVEN an option marked default WHEN the user leaves the select as it is THEN that option is sent', async () => {
    expect(await show(session, modal(select({ options: options('share') })))).toBe('shown');
    const read = readChoice(session);
    session.fake.interactions.modal({ customId: 'form', fields: {} });
    expect(await read).toEqual(['share']);
  });

  it('GIVEN a modal the bot never showed WHEN a test sends a select value THEN it is sent as given', async () => {
    const read = readChoice(session);
    session.fake.interactions.modal({ customId: 'unseen', fields: {}, selects: { share: ['share'] } });
    expect(await read).toEqual(['share']);
  });

  it.each([
    [
      'a String Select outside a Label',
      modal({ type: 3, custom_id: 'share', options: options() }),
      ['components', '0', 'type'],
    ],
    [
      'a String Select in an action row',
      modal({ type: 1, components: [{ type: 3, custom_id: 'share', options: options() }] }),
      ['components', '0', 'components', '0', 'type'],
    ],
    ['no options', modal(select({ options: [] })), ['components', '0', 'component', 'options']],
    [
      '26 options',
      modal(select({ options: Array.from({ length: 26 }, (_, n) => ({ label: `o${n}`, value: `o${n}` })) })),
      ['components', '0', 'component', 'options'],
    ],
    [
      'an option label of 101 characters',
      modal(select({ options: [{ label: 'x'.repeat(101), value: 'x' }] })),
      ['components', '0', 'component', 'options', '0', 'label'],
    ],
    [
      'an option without a value',
      modal(select({ options: [{ label: 'x', value: '' }] })),
      ['components', '0', 'component', 'options', '0', 'value'],
    ],
    [
      'two options with one value',
      modal(
        select({
          options: [
            { label: 'a', value: 'x' },
            { label: 'b', value: 'x' },
          ],
        }),
      ),
      ['components', '0', 'component', 'options', '1', 'value'],
    ],
    [
      'a required String Select with min_values 0',
      modal(select({ min_values: 0 })),
      ['components', '0', 'component', 'min_values'],
    ],
    ['min_values 26', modal(select({ min_values: 26 })), ['components', '0', 'component', 'min_values']],
    ['max_values 0', modal(select({ max_values: 0 })), ['components', '0', 'component', 'max_values']],
    [
      'max_values above the number of options',
      modal(select({ min_values: 1, max_values: 3 })),
      ['components', '0', 'component', 'max_values'],
    ],
    [
      'min_values above max_values',
      modal(select({ min_values: 2, max_values: 1 })),
      ['components', '0', 'component', 'min_values'],
    ],
    ['a disabled select', modal(select({ disabled: true })), ['components', '0', 'component', 'disabled']],
    [
      'a placeholder of 151 characters',
      modal(select({ placeholder: 'x'.repeat(151) })),
      ['components', '0', 'component', 'placeholder'],
    ],
    ['no custom_id', modal(select({ custom_id: '' })), ['components', '0', 'component', 'custom_id']],
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
    ['a value that is not an option', select(), { share: ['maybe'] }, 'no option maybe'],
    ['two values where one is allowed', select(), { share: ['share', 'private'] }, 'at most 1'],
    ['nothing in a required select', select(), {}, 'at least 1'],
    ['a value for a select the modal lacks', select(), { other: ['share'] }, 'no string select other'],
  ])(
    'GIVEN a shown modal WHEN a test submits %s THEN the fake refuses, as the Discord client would',
    async (_, component, selects: Record<string, string[]>, words) => {
      expect(await show(session, modal(component))).toBe('shown');
      expect(() => session.fake.interactions.modal({ customId: 'form', fields: {}, selects })).toThrow(words);
    },
  );

  it('GIVEN an optional select with nothing marked default WHEN the user leaves it empty THEN values are empty', async () => {
    expect(await show(session, modal(select({ required: false, min_values: 0 })))).toBe('shown');
    const read = readChoice(session);
    session.fake.interactions.modal({ customId: 'form', fields: {} });
    expect(await read).toEqual([]);
  });
});
