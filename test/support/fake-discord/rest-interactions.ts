import { apiError, noContent, ok } from './http-io.js';
import type { InteractionRecord } from './interactions.js';
import type { Json } from './json.js';
import { buildMessage, editMessage } from './messages.js';
import type { Route, RouteContext } from './router.js';
import type { Services } from './services.js';
import type { Reply } from './types.js';
import { validateMessage } from './validate.js';
import { validateModal } from './validate-modal.js';

const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;

/** Interaction callbacks and the interaction webhook (@original, follow-ups). No bot auth: the token is the key. */
export function interactionRoutes(services: Services): Route[] {
  const webhook = (
    handler: (record: InteractionRecord, context: RouteContext) => Reply,
  ): Route['handler'] => {
    return (context) => {
      const record = services.interactions.get(context.params.token ?? '');
      if (!record || context.params.app !== services.world.applicationId) {
        return apiError(404, 10015, 'Unknown Webhook');
      }
      const reply = handler(record, context);
      services.signal.notify();
      return reply;
    };
  };
  const base = '/webhooks/:app/:token';
  return [
    {
      method: 'POST',
      pattern: '/interactions/:id/:token/callback',
      handler: (c) => callback(services, c),
      auth: false,
    },
    { method: 'GET', pattern: `${base}/messages/:message`, handler: webhook(getMessage), auth: false },
    { method: 'PATCH', pattern: `${base}/messages/:message`, handler: webhook(patchMessage), auth: false },
    { method: 'DELETE', pattern: `${base}/messages/:message`, handler: webhook(deleteMessage), auth: false },
    { method: 'POST', pattern: base, handler: webhook((r, c) => followUp(services, r, c)), auth: false },
  ];
}

function callback(services: Services, { params, body, files, query }: RouteContext): Reply {
  const record = services.interactions.get(params.token ?? '');
  if (!record || record.id !== params.id) return apiError(404, 10062, 'Unknown interaction');
  if (Date.now() - record.createdAt > services.interactionDeadlineMs) {
    return apiError(404, 10062, 'Unknown interaction');
  }
  if (record.callback) return apiError(400, 40060, 'Interaction has already been acknowledged.');
  const type = Number(body.type);
  const data = body.data as Json | undefined;
  if (type === 8) {
    const invalid = validateChoices(record, data);
    if (invalid) return invalid;
  }
  if (type === 9) {
    const invalid = validateModal(data);
    if (invalid) return invalid;
  }
  if (type === 4 || type === 7) {
    const invalid = validateMessage(data ?? {}, { isNew: type === 4, hasFiles: files.length > 0, files });
    if (invalid) return invalid;
  }
  const { world } = services;
  const respond = (messageBody: Json) =>
    buildMessage({
      channelId: record.channelId,
      guildId: record.guildId,
      author: world.bot,
      body: messageBody,
      files,
      webhookId: world.applicationId,
      extra: { interaction_metadata: metadataOf(record) },
    });
  if (type === 4) record.original = respond(data ?? {});
  if (type === 5)
    record.original = respond({ content: '', flags: (Number(data?.flags ?? 0) & EPHEMERAL) | LOADING });
  if (type === 6 || type === 7) record.original = record.sourceMessage;
  if (type === 7 && record.original) editMessage(record.original, data ?? {}, files);
  record.loading = type === 5 || type === 6;
  if (type === 4 && record.original && !isEphemeral(record.original)) {
    services.world.channelMessages(record.channelId).push(record.original);
  }
  record.callback = { type, data, files, at: Date.now() };
  services.signal.notify();
  if (query.get('with_response') !== 'true') return noContent();
  return ok({
    interaction: {
      id: record.id,
      type: record.payload.type,
      response_message_id: record.original?.id ?? null,
      response_message_loading: record.loading,
      response_message_ephemeral: record.original ? isEphemeral(record.original) : false,
    },
    resource: { type, ...(record.original && type !== 9 ? { message: record.original } : {}) },
  });
}

/** Discord's rules for an autocomplete answer: only to an autocomplete, at most 25 choices, names 1-100 characters. */
function validateChoices(record: InteractionRecord, data: Json | undefined): Reply | undefined {
  if (record.payload.type !== 4)
    return apiError(400, 50035, 'Invalid Form Body: not an autocomplete interaction');
  const choices = data?.choices;
  if (!Array.isArray(choices)) return apiError(400, 50035, 'Invalid Form Body: data.choices is required');
  if (choices.length > 25)
    return apiError(400, 50035, 'Invalid Form Body: data.choices must have at most 25 items');
  for (const choice of choices as Json[]) {
    const name = String(choice.name ?? '');
    if (name.length < 1 || name.length > 100) {
      return apiError(400, 50035, 'Invalid Form Body: choice name must be 1-100 characters');
    }
    if (choice.value === undefined)
      return apiError(400, 50035, 'Invalid Form Body: choice value is required');
  }
  return undefined;
}

function getMessage(record: InteractionRecord, { params }: RouteContext): Reply {
  const message = pick(record, params.message);
  return message ? ok(message) : apiError(404, 10008, 'Unknown Message');
}

function patchMessage(record: InteractionRecord, { params, body, files }: RouteContext): Reply {
  const message = pick(record, params.message);
  if (!message) return apiError(404, 10008, 'Unknown Message');
  const invalid = validateMessage(body, { isNew: false, hasFiles: files.length > 0, files });
  if (invalid) return invalid;
  editMessage(message, body, files);
  if (message === record.original && record.loading) {
    record.loading = false;
    message.flags = Number(message.flags ?? 0) & ~LOADING;
  }
  return ok(message);
}

function deleteMessage(record: InteractionRecord, { params }: RouteContext): Reply {
  const message = pick(record, params.message);
  if (!message) return apiError(404, 10008, 'Unknown Message');
  if (message === record.original) record.original = undefined;
  else record.followUps.splice(record.followUps.indexOf(message), 1);
  return noContent();
}

function followUp(services: Services, record: InteractionRecord, { body, files }: RouteContext): Reply {
  if (!record.callback) return apiError(404, 10015, 'Unknown Webhook');
  const invalid = validateMessage(body, { isNew: true, hasFiles: files.length > 0, files });
  if (invalid) return invalid;
  // The first follow-up to a deferred reply fills in the "thinking…" message, as on Discord.
  if (record.loading && record.original && record.callback.type === 5) {
    record.loading = false;
    editMessage(record.original, { ...body, flags: Number(record.original.flags ?? 0) & ~LOADING }, files);
    return ok(record.original);
  }
  const message = buildMessage({
    channelId: record.channelId,
    guildId: record.guildId,
    author: services.world.bot,
    body,
    files,
    webhookId: services.world.applicationId,
  });
  record.followUps.push(message);
  if (!isEphemeral(message)) services.world.channelMessages(record.channelId).push(message);
  return ok(message);
}

function pick(record: InteractionRecord, id: string | undefined): Json | undefined {
  if (id === '@original') return record.original;
  return record.followUps.find((message) => message.id === id);
}

function isEphemeral(message: Json): boolean {
  return (Number(message.flags ?? 0) & EPHEMERAL) !== 0;
}

/** The `interaction_metadata` Discord puts on a response message. */
function metadataOf(record: InteractionRecord): Json {
  const { payload } = record;
  const data = (payload.data ?? {}) as Json;
  return {
    id: record.id,
    type: payload.type,
    user: (payload.member as Json | undefined)?.user ?? payload.user,
    authorizing_integration_owners: payload.authorizing_integration_owners,
    ...(payload.type === 2 ? { name: data.name, command_type: data.type } : {}),
    ...(record.sourceMessage ? { interacted_message_id: record.sourceMessage.id } : {}),
  };
}
