import { describe, expect, it } from 'vitest';
import { renderPostProblem } from '../../../../src/adapters/discord/render/server-admin-text.js';
import {
  renderThreadStatus,
  renderThreadWarnings,
} from '../../../../src/adapters/discord/render/thread-access-text.js';

const problem = { reason: 'forbidden', slotDate: '2026-06-01', channelId: '42' } as const;

describe('GIVEN what the bot lacks around the day threads or forum posts', () => {
  it.each([
    ['text', 'Grant View Channel, Send Messages and Embed Links there'],
    ['forum', 'Grant View Channel, Create Posts and Embed Links there'],
  ] as const)('WHEN a %s channel refused the post THEN the fix names its own permission', (kind, fix) => {
    expect(renderPostProblem(problem, kind)).toContain(fix);
  });

  it('WHEN a forum lacks one tag the bot could not add THEN one sentence about "it"; all fine THEN no warning', () => {
    const forum = {
      kind: 'forum',
      channelId: '42',
      missing: [],
      canAddTags: false,
      requiresTag: false,
    } as const;
    expect(renderThreadWarnings({ ...forum, missingTags: ['solved'] })).toEqual([
      "The forum lacks the tag solved, and I'm missing Manage Threads there to add it. Grant it and run /coach setup again, or add it yourself.",
    ]);
    expect(renderThreadWarnings({ ...forum, missingTags: [] })).toEqual([]);
    expect(renderThreadWarnings({ kind: 'text', channelId: '42', missing: [] })).toEqual([]);
  });

  it('WHEN the channel cannot be seen THEN status says the threads cannot be checked', () => {
    expect(renderThreadStatus(null)).toBe("Day threads: I can't see the channel, so I can't check them.");
  });
});
