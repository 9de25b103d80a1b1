import {
  ThreadAutoArchiveDuration,
  type AnyThreadChannel,
  type Message,
  type SendableChannels,
} from 'discord.js';
import type { AskOutcome } from '../../../app/coaching/outcomes.js';
import type { TextStream } from '../../../app/ports.js';
import { actorOfMessage } from '../actor.js';
import type { DiscordContext } from '../discord-command.js';
import { handleMessageError } from '../error-handler.js';
import { askReplyText, replyParts } from '../render/coaching-reply.js';
import { parseDayButtonId } from '../render/day-button-row.js';
import { STREAM_EDIT_INTERVAL_MS } from './answer-question.js';
import { createStreamRelay, relayStream } from './stream-relay.js';

/** Where a question arrived, and so where the answer and the conversation go. */
type Place =
  | { readonly kind: 'dm' }
  | { readonly kind: 'thread'; readonly threadId: string; readonly day?: number }
  | { readonly kind: 'channel' };

const HINT = 'Ask me about your day in the same message, like: what does lazy evaluation buy me?';

/** The message text without the bot's own mention. */
export function withoutBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
}

/** A thread name from the question: one line, 1 to 100 characters. */
export function threadNameOf(question: string): string {
  const line = question.replace(/\s+/g, ' ').trim();
  return line.length <= 90 ? line : `${line.slice(0, 89)}…`;
}

/**
 * Messages to the coach: a DM, a message that mentions the bot in a server channel (the
 * answer goes in a thread opened on it), or a message in such a thread (a follow-up, with
 * the thread's conversation). Without the Message Content intent Discord sends the text of
 * DMs and mentions only, so a follow-up in a thread needs the mention too. Never rejects: a
 * failure goes to the one message error handler.
 */
export async function handleCoachMessage(message: Message, context: DiscordContext): Promise<void> {
  // Where a failure is told: nowhere until the message is known to be for the coach.
  const answerIn: { channel: SendableChannels | null } = { channel: null };
  try {
    await answerMessage(message, context, answerIn);
  } catch (error) {
    const details = { channelId: message.channelId, userId: message.author.id, guildId: message.guildId };
    await handleMessageError(answerIn.channel, details, error, context.logger);
  }
}

async function answerMessage(
  message: Message,
  context: DiscordContext,
  answerIn: { channel: SendableChannels | null },
): Promise<void> {
  if (message.author.bot || message.system || !message.channel.isSendable()) return;
  const here = message.channel;
  const botId = message.client.user.id;
  const mentioned = message.mentions.users.has(botId);
  const place = await placeOf(message, mentioned, context);
  if (place === null) return;
  answerIn.channel = here;
  const question = withoutBotMention(message.content, botId);
  if (question === '') {
    if (mentioned || place.kind === 'dm') await here.send({ content: HINT });
    return;
  }
  const channel = place.kind === 'channel' ? await threadFor(message, here, question, context) : here;
  answerIn.channel = channel;
  const threadId = place.kind === 'thread' ? place.threadId : channel.isThread() ? channel.id : undefined;
  const day = place.kind === 'thread' ? place.day : undefined;
  const where = { ...(threadId === undefined ? {} : { threadId }), ...(day === undefined ? {} : { day }) };
  await streamInto(channel, context, context.app.coaching.ask(actorOfMessage(message), question, where));
}

async function placeOf(message: Message, mentioned: boolean, context: DiscordContext): Promise<Place | null> {
  if (!message.inGuild()) return { kind: 'dm' };
  const { channel } = message;
  if (channel.isThread()) {
    const followUp = mentioned || (await context.app.coaching.isCoachThread(channel.id));
    if (!followUp) return null;
    const day = await dayOfThread(channel);
    return { kind: 'thread', threadId: channel.id, ...(day === undefined ? {} : { day }) };
  }
  return mentioned ? { kind: 'channel' } : null;
}

/**
 * The day a thread belongs to when it was opened under one of the coach's day posts (its
 * starter message carries the day buttons): questions there are about that day.
 */
async function dayOfThread(thread: AnyThreadChannel): Promise<number | undefined> {
  const starter = await thread.fetchStarterMessage().catch(() => null);
  if (starter === null || starter.author.id !== thread.client.user.id) return undefined;
  for (const row of starter.components) {
    if (!('components' in row)) continue;
    for (const part of row.components) {
      const customId = 'customId' in part ? part.customId : null;
      const parsed = customId === null ? undefined : parseDayButtonId(customId);
      if (parsed !== undefined) return parsed.day;
    }
  }
  return undefined;
}

/** A thread on the learner's message for the answer; the channel itself when one can't be opened. */
async function threadFor(
  message: Message,
  here: SendableChannels,
  question: string,
  context: DiscordContext,
): Promise<SendableChannels> {
  try {
    return await message.startThread({
      name: threadNameOf(question),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
  } catch (error) {
    context.logger.warn('could not open a thread for an answer', { channelId: message.channelId, error });
    return here;
  }
}

/** Sends the answer as it streams in: one message edited about once a second, then the rest split. */
async function streamInto(
  channel: SendableChannels,
  context: DiscordContext,
  answer: TextStream<AskOutcome>,
): Promise<void> {
  const reply: { message: Message | null } = { message: null };
  const relay = createStreamRelay(
    async (preview) => {
      if (reply.message === null) reply.message = await channel.send({ content: preview });
      else await reply.message.edit({ content: preview });
    },
    { intervalMs: STREAM_EDIT_INTERVAL_MS, logger: context.logger },
  );
  await channel.sendTyping().catch(() => undefined);
  const outcome = await relayStream(answer, relay);
  const [first = '', ...rest] = replyParts(askReplyText(outcome, relay.text()));
  if (reply.message === null) await channel.send({ content: first });
  else if (first !== relay.shown()) await reply.message.edit({ content: first });
  for (const piece of rest) await channel.send({ content: piece });
}
