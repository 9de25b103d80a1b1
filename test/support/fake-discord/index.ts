/**
 * A local Discord-compatible server for tests: REST under /api/v10 and the gateway WebSocket.
 *
 * ```ts
 * const fake = await startFakeDiscord({ latencyMs: 0, globalRateLimit: 50 });
 * const client = await loginTestClient(fake); // or new Client({ rest: { api: fake.apiUrl } }).login(fake.token)
 * const sent = fake.interactions.slash({ name: 'today', userId: FIXTURE.learner });
 * expect((await sent.reply()).content).toContain('Day 31');
 * fake.interactions.slash({ name: 'review', options: { file: { attachment: { filename: 'draft.md', content: '# Hi' } } } });
 * fake.faults.rateLimit('/channels/:id/messages', { retryAfterMs: 200 });
 * await client.destroy();
 * await fake.close();
 * ```
 * In a describe block, `useFakeDiscord()` (hooks.ts) does the start, login and cleanup.
 */
export { startFakeDiscord, FAKE_TOKEN } from './server.js';
export { defaultWorld, forumWorld, FIXTURE } from './fixtures.js';
export { Permission, ALL_PERMISSIONS, MEMBER_PERMISSIONS, channelPermissions } from './permissions.js';
export type { FakeDiscord, FaultControls } from './fake-discord.js';
export type { FaultSpec } from './faults.js';
export type { PollVote } from './polls.js';
export { POLL_LIMITS } from './polls.js';
export type { DispatchedInteraction, InteractionCallback } from './interactions.js';
export type { ButtonInput, ModalInput, SlashInput, UserMessageInput, DispatchedMessage } from './dispatch.js';
export type { SlashOptionValue } from './slash-data.js';
export type { AttachmentDownload, AttachmentInput } from './attachments.js';
export type { FakeDiscordStats } from './stats.js';
export type { Json } from './json.js';
export type * from './types.js';
