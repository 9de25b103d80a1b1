import { apiError } from './http-io.js';
import { checkPoll } from './polls.js';
import type { Json } from './json.js';
import type { RecordedFile, Reply } from './types.js';

/** Discord's upload limits: 10 files a message, and 10 MiB in all in a server without boosts. */
export const MAX_FILES_PER_MESSAGE = 10;
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** One field Discord refuses, at its path in the body. */
export interface Problem {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

export const max = (path: Problem['path'], limit: number): Problem => ({
  path,
  code: 'BASE_TYPE_MAX_LENGTH',
  message: `Must be ${limit} or fewer in length.`,
});

/**
 * Checks a message body against Discord's limits as the real API does: 400 / 50035 with
 * per-field errors, or 400 / 50006 for an empty new message. Undefined when the body is fine.
 */
export function validateMessage(
  body: Json,
  options: { isNew: boolean; hasFiles: boolean; files?: readonly RecordedFile[] },
): Reply | undefined {
  const files = options.files ?? [];
  if (files.reduce((sum, file) => sum + file.size, 0) > MAX_UPLOAD_BYTES) {
    return apiError(413, 40005, 'Request entity too large');
  }
  const problems: Problem[] = [];
  if (files.length > MAX_FILES_PER_MESSAGE) problems.push(max(['attachments'], MAX_FILES_PER_MESSAGE));
  const content = typeof body.content === 'string' ? body.content : '';
  if (content.length > 2000) problems.push(max(['content'], 2000));
  const embeds = Array.isArray(body.embeds) ? (body.embeds as Json[]) : [];
  if (embeds.length > 10) problems.push(max(['embeds'], 10));
  let total = 0;
  embeds.forEach((embed, index) => (total += checkEmbed(embed, ['embeds', index], problems)));
  if (total > 6000)
    problems.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: 'Embed size exceeds maximum size of 6000',
    });
  const rows = Array.isArray(body.components) ? (body.components as Json[]) : [];
  rows.forEach((row, index) => checkRow(row, ['components', index], problems));
  if (body.poll !== undefined) {
    if (options.isNew) {
      checkPoll(body.poll, ['poll'], problems);
      checkPollAlone(body, { embeds, rows, hasFiles: options.hasFiles }, problems);
    }
    // A poll can't be added or changed once the message is sent.
    else problems.push({ path: ['poll'], code: 'CANNOT_EDIT_POLL', message: 'Polls cannot be edited.' });
  }
  if (problems.length > 0) return apiError(400, 50035, 'Invalid Form Body', nest(problems));
  const empty = content === '' && embeds.length === 0 && rows.length === 0 && !options.hasFiles && !body.poll;
  if (options.isNew && empty && !Array.isArray(body.sticker_ids)) {
    return apiError(400, 50006, 'Cannot send an empty message');
  }
  return undefined;
}

/**
 * Discord's documented restriction on polls: at launch a message with a poll could carry no
 * other fields (content came later), and attachments still can't ride with one. The fake
 * refuses a poll sent with embeds, components or files/attachments, so the bot's poll must go
 * out as a message of its own.
 */
function checkPollAlone(
  body: Json,
  parts: { embeds: readonly Json[]; rows: readonly Json[]; hasFiles: boolean },
  problems: Problem[],
): void {
  const attachments = Array.isArray(body.attachments) ? (body.attachments as Json[]) : [];
  const beside = [
    ...(parts.embeds.length > 0 ? ['embeds'] : []),
    ...(parts.rows.length > 0 ? ['components'] : []),
    ...(parts.hasFiles || attachments.length > 0 ? ['attachments'] : []),
  ];
  for (const field of beside)
    problems.push({
      path: [field],
      code: 'POLL_FIELD_NOT_ALLOWED',
      message: `A message with a poll cannot have ${field}.`,
    });
}

function checkEmbed(embed: Json, path: Problem['path'], problems: Problem[]): number {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const title = text(embed.title);
  const description = text(embed.description);
  const footer = text((embed.footer as Json | undefined)?.text);
  const author = text((embed.author as Json | undefined)?.name);
  if (title.length > 256) problems.push(max([...path, 'title'], 256));
  if (description.length > 4096) problems.push(max([...path, 'description'], 4096));
  if (footer.length > 2048) problems.push(max([...path, 'footer', 'text'], 2048));
  if (author.length > 256) problems.push(max([...path, 'author', 'name'], 256));
  const fields = Array.isArray(embed.fields) ? (embed.fields as Json[]) : [];
  if (fields.length > 25) problems.push(max([...path, 'fields'], 25));
  let length = title.length + description.length + footer.length + author.length;
  fields.forEach((field, index) => {
    const name = text(field.name);
    const value = text(field.value);
    length += name.length + value.length;
    if (name.length === 0 || name.length > 256) problems.push(max([...path, 'fields', index, 'name'], 256));
    if (value.length === 0 || value.length > 1024)
      problems.push(max([...path, 'fields', index, 'value'], 1024));
  });
  return length;
}

function checkRow(row: Json, path: Problem['path'], problems: Problem[]): void {
  const children = Array.isArray(row.components) ? (row.components as Json[]) : [];
  if (row.type === 1 && children.length > 5) problems.push(max([...path, 'components'], 5));
  children.forEach((child, index) => {
    if (typeof child.custom_id === 'string' && child.custom_id.length > 100) {
      problems.push(max([...path, 'components', index, 'custom_id'], 100));
    }
    if (typeof child.label === 'string' && child.label.length > 80) {
      problems.push(max([...path, 'components', index, 'label'], 80));
    }
  });
}

/** Discord's nested error shape: `{ embeds: { 0: { title: { _errors: [...] } } } }`. */
export function nest(problems: readonly Problem[]): Json {
  const root: Json = {};
  for (const problem of problems) {
    let node = root;
    for (const key of problem.path) node = (node[String(key)] ??= {}) as Json;
    const errors = (node._errors ??= []) as unknown[];
    errors.push({ code: problem.code, message: problem.message });
  }
  return root;
}
