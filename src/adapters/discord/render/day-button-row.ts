import type { APIActionRowComponent, APIButtonComponentWithCustomId } from 'discord.js';

/** What a day button asks for; the middle part of its custom_id (`day:done:31`). */
export type DayButtonAction = 'done' | 'proof' | 'ask';

/** Options for {@link renderDayButtons}. */
export interface DayButtonsOptions {
  /** False leaves out "Ask a question" (no AI coach configured, or the budget is spent). */
  readonly includeAsk?: boolean;
}

const PREFIX = 'day';
// Discord rejects custom_ids longer than 100 characters.
const MAX_CUSTOM_ID = 100;

// Numeric literals: ComponentType.ActionRow = 1, Button = 2; ButtonStyle Primary 1, Secondary 2, Success 3.
const BUTTONS: readonly { action: DayButtonAction; label: string; style: 1 | 2 | 3 }[] = [
  { action: 'done', label: 'Mark done', style: 3 },
  { action: 'proof', label: 'Submit proof', style: 1 },
  { action: 'ask', label: 'Ask a question', style: 2 },
];

/** The custom_id of a day button, e.g. `day:proof:31`. */
export function dayButtonId(action: DayButtonAction, dayNumber: number): string {
  if (!Number.isInteger(dayNumber) || dayNumber < 1) throw new RangeError(`Not a day number: ${dayNumber}`);
  const id = `${PREFIX}:${action}:${dayNumber}`;
  if (id.length > MAX_CUSTOM_ID) throw new RangeError(`custom_id longer than ${MAX_CUSTOM_ID}: ${id}`);
  return id;
}

/** The action and day of a day button's custom_id, or undefined when it is not one. */
export function parseDayButtonId(customId: string): { action: DayButtonAction; day: number } | undefined {
  const match = /^day:(done|proof|ask):([1-9]\d{0,5})(?::ref-[\w-]{1,16})?$/.exec(customId);
  if (!match) return undefined;
  return { action: match[1] as DayButtonAction, day: Number(match[2]) };
}

/**
 * The row with `ref` (`ref-` and a few nonce characters) at the end of its first button's
 * custom_id: unseen by people, read back by crash recovery to find a post whose send was cut.
 */
export function withButtonRef(
  row: APIActionRowComponent<APIButtonComponentWithCustomId>,
  ref: string,
): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const [first, ...rest] = row.components;
  if (first === undefined) return row;
  return { ...row, components: [{ ...first, custom_id: `${first.custom_id}:${ref}` }, ...rest] };
}

/** One action row with Mark done, Submit proof and (unless left out) Ask a question. */
export function renderDayButtons(
  dayNumber: number,
  options: DayButtonsOptions = {},
): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const includeAsk = options.includeAsk ?? true;
  return {
    type: 1,
    components: BUTTONS.filter((button) => includeAsk || button.action !== 'ask').map((button) => ({
      type: 2,
      style: button.style,
      label: button.label,
      custom_id: dayButtonId(button.action, dayNumber),
    })),
  };
}
