import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { EMBED_COLORS } from '../../../../src/adapters/discord/render/embed-colors.js';
import { helpReply } from '../../../../src/adapters/discord/render/help-embed.js';
import { leaderboardReply } from '../../../../src/adapters/discord/render/leaderboard-embed.js';
import { assessmentReply } from '../../../../src/adapters/discord/render/progress-embeds.js';
import { renderStatus } from '../../../../src/adapters/discord/render/server-admin-text.js';
import { statusReply } from '../../../../src/adapters/discord/render/status-embed.js';
import type { ReplyBody } from '../../../../src/adapters/discord/respond.js';
import type { AssessmentOutcome } from '../../../../src/app/progress/progress-view.js';
import type { StatusOutcome } from '../../../../src/app/servers/outcomes.js';
import { sectionColor } from '../../../../src/core/progress/section-palette.js';
import { renderAssessment } from '../../../../src/presenters/text/progress-text.js';
import type { Json } from '../../../support/fake-discord/index.js';
import { validateMessage } from '../../../support/fake-discord/validate.js';

/** Each message of the reply, as Discord would get it, checked by the fake Discord's validation. */
function messagesOf(reply: ReplyBody): APIEmbed[][] {
  const messages = [reply.embeds ?? [], ...(reply.more ?? []).map((more) => more.embeds ?? [])];
  for (const embeds of messages) {
    const body = { embeds } as unknown as Json;
    expect(validateMessage(body, { isNew: true, hasFiles: false })).toBeUndefined();
  }
  return messages.map((embeds) => [...embeds]);
}

const textOf = (messages: APIEmbed[][]): string =>
  messages
    .flat()
    .flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ])
    .join('\n');

describe('GIVEN a 60-day cycle whose assessment lists an item per day, each a long sentence', () => {
  const item = (day: number) => ({
    text: `Day ${day}: ${'explain, build and document the pipeline step end to end '.repeat(3).trim()}`,
    ticked: day % 3 === 0,
    counted: 1,
    needed: 2,
  });
  const outcome: Extract<AssessmentOutcome, { kind: 'assessment' }> = {
    kind: 'assessment',
    cycle: { number: 2, count: 3, title: 'Days 31-90: '.padEnd(300, 'x'), firstDay: 31, lastDay: 90 },
    checklists: [
      { heading: 'Technical Skills Acquired', items: Array.from({ length: 60 }, (_, i) => item(31 + i)) },
      { heading: 'Projects Completed', items: Array.from({ length: 60 }, (_, i) => item(31 + i)) },
    ],
    mapped: true,
    sectionIndex: 4,
  };

  it('WHEN rendered for Discord THEN every message passes the limits, every item is shown once, in the section colour', () => {
    const messages = messagesOf(assessmentReply(outcome));
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.flat().every((embed) => embed.color === sectionColor(4))).toBe(true);
    const text = textOf(messages);
    const lines = renderAssessment(outcome)
      .split('\n')
      .filter((line) => line.startsWith('  ['))
      .map((line) => line.trim());
    expect(lines).toHaveLength(120);
    for (const line of lines) expect(text.split('\n')).toContain(line);
    expect(messages[0]?.[0]?.title).toHaveLength(256);
    expect(messages[0]?.[0]?.description).toMatch(/^40 of 120 ticked\./);
    expect(
      messages
        .flat()
        .flatMap((e) => e.fields ?? [])
        .map((f) => f.name),
    ).toContain('Technical Skills Acquired (continued)');
  });
});

describe('GIVEN a full leaderboard of long names written to ping and to format', () => {
  const names = ['@everyone', '@here', '<@123456789012345678>', '**bold** _it_ ~~s~~', '`code` [x](y)'];
  const line = (rank: number) => ({
    learnerId: `discord:${rank}`,
    name: `${names[(rank - 1) % names.length]} ${'long name '.repeat(10)}`,
    streak: 100 - rank,
    daysDone: 60,
    rank,
  });

  it('WHEN rendered THEN within limits, neutral, ranks not a markdown list, names escaped and unable to mention', () => {
    const reply = leaderboardReply({
      kind: 'leaderboard',
      top: Array.from({ length: 10 }, (_, i) => line(i + 1)),
      you: line(11),
      total: 5000,
    });
    expect(reply.content).toBeUndefined();
    const [embed] = messagesOf(reply).flat();
    expect(embed?.color).toBe(EMBED_COLORS.neutral);
    const rows = String(embed?.description).split('\n');
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatch(/^1\\\. @\u200beveryone long name/);
    expect(rows[2]).toMatch(/^3\\\. <@\u200b123456789012345678> /);
    expect(rows[3]).toMatch(/^4\\\. \\\*\\\*bold\\\*\\\* \\_it\\_ \\~\\~s\\~\\~ /);
    expect(rows[11]).toBe('You: #11 of 5000 · streak 89 days · 60 days done');
    expect(String(embed?.description)).not.toMatch(/@everyone|@here|<@\d/);
  });
});

describe('GIVEN a server status with a long list of problems added to its text', () => {
  const outcome: Extract<StatusOutcome, { kind: 'status' }> = {
    kind: 'status',
    settings: {
      guildId: 'g',
      channelId: '1',
      time: '09:00',
      timezone: 'Europe/Berlin',
      startDate: '2026-06-01',
      paused: false,
      recaps: true,
      problem: null,
    },
    nextPostAt: null,
    nextDay: null,
    cohort: { kind: 'finished', lastDay: 60 },
    cycle: null,
    problem: { reason: 'gone', slotDate: '2026-06-01', channelId: '1' },
    usage: null,
  } as Extract<StatusOutcome, { kind: 'status' }>;
  const extra = Array.from(
    { length: 40 },
    (_, i) =>
      `Threads ${i + 1}: I'm missing ${'Create Public Threads, Send Messages in Threads, '.repeat(8)}in <#${i}>.`,
  );

  it('WHEN each line becomes a field THEN all 46 are shown across messages within the limits, in the problem colour', () => {
    const lines = ['Schedule: <#1> every day at 09:00 (Europe/Berlin).', 'A line with no label', ...extra];
    const messages = messagesOf(statusReply(outcome, lines));
    expect(messages.flat().every((embed) => embed.color === EMBED_COLORS.problem)).toBe(true);
    const fields = messages.flat().flatMap((embed) => embed.fields ?? []);
    expect(fields.map((field) => `${field.name}: ${field.value}`)).toEqual([lines[0], ...extra]);
    expect(messages[0]?.[0]?.description).toBe('A line with no label');
  });

  it('WHEN rendered from its outcome THEN the usual lines are fields and a failed post is red', () => {
    const [embed] = messagesOf(statusReply(outcome)).flat();
    expect(embed?.title).toBe('Coach status');
    expect(embed?.fields?.map((field) => field.name)).toEqual([
      'Schedule',
      'Next post',
      'Cohort',
      'Section recaps',
      'At-risk nudges',
      'Day poll',
      'Problem',
      'AI coach',
    ]);
    expect(embed?.color).toBe(EMBED_COLORS.problem);
    expect(messagesOf(statusReply({ ...outcome, problem: null })).flat()[0]?.color).toBe(EMBED_COLORS.ok);
    // A problem found beside the outcome (a line added by the command) turns it red as well.
    const added = [
      ...renderStatus({ ...outcome, problem: null }).split('\n'),
      'Threads: missing Create Public Threads.',
    ];
    const flagged = messagesOf(statusReply({ ...outcome, problem: null }, added, true)).flat()[0];
    expect(flagged?.color).toBe(EMBED_COLORS.problem);
    expect(flagged?.fields?.at(-1)).toEqual({ name: 'Threads', value: 'missing Create Public Threads.' });
  });
});

describe('GIVEN the help text', () => {
  it('WHEN rendered THEN a field per command in order, titled by its first line, within the limits', () => {
    const [embed] = messagesOf(helpReply()).flat();
    expect(embed?.title).toBe('Commands');
    expect(embed?.fields?.[0]).toEqual({
      name: '/today',
      value: "your current day's task, and where the cohort is",
    });
    expect(embed?.fields?.at(-1)?.name).toBe('For admins (Manage Server)');
  });
});
