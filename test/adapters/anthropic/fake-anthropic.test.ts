import { afterEach, describe, expect, it } from 'vitest';
import { startFakeAnthropic, textReply, type FakeAnthropic } from '../../support/fake-anthropic.js';

let fake: FakeAnthropic;
afterEach(() => fake.close());

const body = JSON.stringify({
  model: 'claude-haiku-4-5',
  max_tokens: 10,
  messages: [{ role: 'user', content: 'hi' }],
});
const post = (headers: Record<string, string>) =>
  fetch(`${fake.baseURL}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('GIVEN the fake Messages API (test support)', () => {
  it('WHEN the key comes as x-api-key THEN it answers like the API', async () => {
    fake = await startFakeAnthropic({ apiKey: 'k-123' });
    fake.reply(textReply('hello'));
    const response = await post({ 'x-api-key': 'k-123', 'anthropic-version': '2023-06-01' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      type: 'message',
      content: [{ type: 'text', text: 'hello' }],
    });
    expect(fake.requests[0]?.headers['x-api-key']).toBe('k-123');
  });

  it('WHEN anthropic-version is missing THEN it refuses with 400', async () => {
    fake = await startFakeAnthropic({ apiKey: 'k-123' });
    const response = await post({ authorization: 'Bearer k-123' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it('WHEN no reply is scripted THEN it answers 500 so the test notices', async () => {
    fake = await startFakeAnthropic({ apiKey: 'k-123' });
    const response = await post({ authorization: 'Bearer k-123', 'anthropic-version': '2023-06-01' });
    expect(response.status).toBe(500);
  });
});
