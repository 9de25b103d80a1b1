import type { AttachmentInput, AttachmentStore } from './attachments.js';
import type { Json } from './json.js';

/**
 * What a user puts in a modal: text by the input's custom_id, files by the File Upload's
 * custom_id, the values chosen in a String Select by its custom_id (not given: the options the
 * modal marked `default`, as Discord's client shows them pre-selected).
 */
export interface ModalAnswers {
  readonly customId: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly files?: Readonly<Record<string, readonly AttachmentInput[]>>;
  readonly selects?: Readonly<Record<string, readonly string[]>>;
}

const STRING_SELECT = 3;
const TEXT_INPUT = 4;
const LABEL = 18;
const FILE_UPLOAD = 19;
/** The `attachment_size_limit` the fake puts on every interaction (10 MiB, a server without boosts). */
const UPLOAD_LIMIT = 10_485_760;

type Input =
  | { readonly customId: string; readonly type: typeof TEXT_INPUT; readonly value: string }
  | {
      readonly customId: string;
      readonly type: typeof FILE_UPLOAD;
      readonly value: readonly AttachmentInput[];
    }
  | { readonly customId: string; readonly type: typeof STRING_SELECT; readonly value: readonly string[] };

/**
 * A modal submission's data, as Discord sends it now: each input wrapped in a Label, a File
 * Upload's `values` the ids of its files and the files in `resolved.attachments` (served by the
 * fake's CDN route), a String Select's `values` the chosen options' values. When the bot showed
 * this modal to the user, the submission follows it as Discord's client does: every input in the
 * modal's order (an empty text input as "", a File Upload with no file as `values: []`, a String
 * Select with its `default` options unless others are chosen), and it throws for what the client
 * would not let a user send: an input the modal lacks, fewer or more files or choices than
 * `min_values`/`max_values`, nothing in a required upload or select, a file over the upload
 * limit, a value that is not one of the select's options.
 */
export function modalSubmitData(
  answers: ModalAnswers,
  shown: Json | undefined,
  attachments: AttachmentStore,
): Json {
  const inputs = shown === undefined ? asGiven(answers) : asShown(answers, shown);
  const resolved: Record<string, Json> = {};
  const components = inputs.map((input, index) => {
    const id = { type: LABEL, id: index * 2 + 1 };
    const child = { id: index * 2 + 2, custom_id: input.customId };
    if (input.type === TEXT_INPUT) {
      return { ...id, component: { ...child, type: TEXT_INPUT, value: input.value } };
    }
    if (input.type === STRING_SELECT) {
      return { ...id, component: { ...child, type: STRING_SELECT, values: [...input.value] } };
    }
    const values = input.value.map((file) => {
      const attachment = attachments.add(file);
      resolved[String(attachment.id)] = attachment;
      return String(attachment.id);
    });
    return { ...id, component: { ...child, type: FILE_UPLOAD, values } };
  });
  return {
    custom_id: answers.customId,
    components,
    ...(Object.keys(resolved).length === 0 ? {} : { resolved: { attachments: resolved } }),
  };
}

function asGiven(answers: ModalAnswers): Input[] {
  return [
    ...Object.entries(answers.fields).map(([customId, value]): Input => ({
      customId,
      type: TEXT_INPUT,
      value,
    })),
    ...Object.entries(answers.files ?? {}).map(([customId, value]): Input => ({
      customId,
      type: FILE_UPLOAD,
      value,
    })),
    ...Object.entries(answers.selects ?? {}).map(([customId, value]): Input => ({
      customId,
      type: STRING_SELECT,
      value,
    })),
  ];
}

function asShown(answers: ModalAnswers, shown: Json): Input[] {
  const children = ((shown.components as Json[] | undefined) ?? []).flatMap((top) =>
    top.type === LABEL ? [top.component as Json] : ((top.components as Json[] | undefined) ?? []),
  );
  const byId = new Map(children.map((child) => [String(child.custom_id), child]));
  const refuse = (why: string): never => {
    throw new Error(`Fake Discord: the modal ${answers.customId} as shown cannot be sent so: ${why}`);
  };
  for (const id of Object.keys(answers.fields)) {
    if (byId.get(id)?.type !== TEXT_INPUT) refuse(`it has no text input ${id}`);
  }
  for (const id of Object.keys(answers.files ?? {})) {
    if (byId.get(id)?.type !== FILE_UPLOAD) refuse(`it has no file upload ${id}`);
  }
  for (const id of Object.keys(answers.selects ?? {})) {
    if (byId.get(id)?.type !== STRING_SELECT) refuse(`it has no string select ${id}`);
  }
  return children.flatMap((child): Input[] => {
    const customId = String(child.custom_id);
    if (child.type === TEXT_INPUT)
      return [{ customId, type: TEXT_INPUT, value: answers.fields[customId] ?? '' }];
    if (child.type === STRING_SELECT) return [chosen(child, answers.selects?.[customId], refuse)];
    if (child.type !== FILE_UPLOAD) return [];
    const files = answers.files?.[customId] ?? [];
    const required = child.required !== false;
    const min = Number(child.min_values ?? 1);
    const max = Number(child.max_values ?? 1);
    if (files.length > max) refuse(`${files.length} files in ${customId}, at most ${max}`);
    if ((required || files.length > 0) && files.length < min) {
      refuse(`${files.length} files in ${customId}, at least ${min}`);
    }
    const big = files.find((file) => (file.size ?? Buffer.byteLength(file.content)) > UPLOAD_LIMIT);
    if (big !== undefined) refuse(`${big.filename} is over the ${UPLOAD_LIMIT}-byte upload limit`);
    return [{ customId, type: FILE_UPLOAD, value: files }];
  });
}

/** A String Select as the user leaves it: the values chosen, else the options marked `default`. */
function chosen(select: Json, given: readonly string[] | undefined, refuse: (why: string) => never): Input {
  const customId = String(select.custom_id);
  const options = (select.options as Json[] | undefined) ?? [];
  const values =
    given ?? options.filter((option) => option.default === true).map((option) => String(option.value));
  const offered = new Set(options.map((option) => String(option.value)));
  const stray = values.find((value) => !offered.has(value));
  if (stray !== undefined) refuse(`${customId} has no option ${stray}`);
  if (new Set(values).size !== values.length) refuse(`an option chosen twice in ${customId}`);
  const required = select.required !== false;
  const min = Number(select.min_values ?? 1);
  const max = Number(select.max_values ?? 1);
  if (values.length > max) refuse(`${values.length} choices in ${customId}, at most ${max}`);
  const least = required ? Math.max(min, 1) : min;
  if ((required || values.length > 0) && values.length < least) {
    refuse(`${values.length} choices in ${customId}, at least ${least}`);
  }
  return { customId, type: STRING_SELECT, value: values };
}
