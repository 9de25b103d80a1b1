import { describe, expect, it } from 'vitest';
import { renderPostProblemDm } from '../../../../src/adapters/discord/render/server-admin-text.js';

const notice = {
  reason: 'forbidden' as const,
  slotDate: '2026-06-01',
  channelId: '42',
  day: 31,
  retryUntil: new Date('2026-06-01T19:00:00Z'),
};

describe('GIVEN a daily post Discord refused for lack of permission', () => {
  it('WHEN it was a text channel THEN the admin is told to grant Send Messages', () => {
    const text = renderPostProblemDm({ ...notice, channelKind: 'text' });
    expect(text).toContain('Grant View Channel, Send Messages and Embed Links there');
  });

  it('WHEN it was a forum THEN the admin is told to grant Create Posts, the permission a forum post needs', () => {
    const text = renderPostProblemDm({ ...notice, channelKind: 'forum' });
    expect(text).toContain('Grant View Channel, Create Posts and Embed Links there');
    expect(text).not.toContain('Send Messages');
  });
});

describe('GIVEN a daily post the coach gave up on after several tries', () => {
  it('WHEN the admin is told THEN it does not claim Discord never answered (a 400 is an answer), and points to the logs', () => {
    const text = renderPostProblemDm({ ...notice, reason: 'gave-up', channelKind: 'text' });
    expect(text).not.toContain('did not answer');
    expect(text).toContain('Discord did not take it after several tries');
    expect(text).toContain('the logs have its words');
  });
});
