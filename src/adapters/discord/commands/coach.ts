import {
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { discordLearnerId } from '../actor.js';
import { checkChannelAccess, ensureForumTags, isForum, threadAccessOf } from '../channel-access.js';
import { suggestZones } from '../components/zone-autocomplete.js';
import { onOffState, type DiscordCommand, type DiscordContext } from '../discord-command.js';
import {
  COACH_IN_DM,
  COACH_NOT_ADMIN,
  renderChannelProblem,
  renderPause,
  renderResume,
  renderSetup,
  renderStatus,
} from '../render/server-admin-text.js';
import { renderThreadWarnings } from '../render/thread-access-text.js';
import { renderRecaps } from '../../../presenters/text/recap-text.js';
import { renderDayPollSet, renderDayReport } from '../../../presenters/text/day-report-text.js';
import { renderNudges } from '../../../presenters/text/nudge-text.js';
import { cohortCsv } from '../../../presenters/text/cohort-csv.js';
import { heatmapAltText, heatmapWords, renderCohort } from '../../../presenters/text/cohort-text.js';
import { renderHeatmapPng } from '../../image/cohort-png.js';
import { renderUsage } from '../../../presenters/text/coaching-text.js';
import { statusReply } from '../render/status-embed.js';
import { answer, type ReplyBody } from '../respond.js';

const data = new SlashCommandBuilder()
  .setName('coach')
  .setDescription("Set up and run the server's daily study post")
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((sub) =>
    sub
      .setName('setup')
      .setDescription('Where and when the daily day is posted, and the cohort start date')
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('Channel for the daily post: a text channel, or a forum (a post per day)')
          .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum)
          .setRequired(true),
      )
      .addStringOption((option) =>
        option
          .setName('time')
          .setDescription('Local post time, HH:MM (24 h)')
          .setRequired(true)
          .setMaxLength(16),
      )
      .addStringOption((option) =>
        option
          .setName('timezone')
          .setDescription('IANA timezone, e.g. Europe/Berlin: start typing a city')
          .setRequired(true)
          .setMaxLength(64)
          .setAutocomplete(true),
      )
      .addStringOption((option) =>
        option
          .setName('start')
          .setDescription("The first day's date, YYYY-MM-DD")
          .setRequired(true)
          .setMaxLength(16),
      )
      .addIntegerOption((option) =>
        option
          .setName('cycle')
          .setDescription('Start at the first day of this cycle of the journey (default 1)')
          .setMinValue(1),
      ),
  )
  .addSubcommand((sub) =>
    sub.setName('status').setDescription('Schedule, next post, cohort day and problems'),
  )
  .addSubcommand((sub) => sub.setName('pause').setDescription('Stop the daily posts until resumed'))
  .addSubcommand((sub) => sub.setName('resume').setDescription('Start the daily posts again'))
  .addSubcommand((sub) =>
    sub.setName('cohort').setDescription('Who is at risk, completions by day, and a CSV of every learner'),
  )
  .addSubcommand((sub) =>
    sub.setName('usage').setDescription("The AI coach's calls and tokens in this server"),
  )
  .addSubcommand((sub) =>
    sub
      .setName('recaps')
      .setDescription('A recap post at the end of each section, on or off')
      .addStringOption(onOffState),
  )
  .addSubcommand((sub) =>
    sub
      .setName('poll')
      .setDescription('A "How hard was today?" poll on each daily post, on or off')
      .addStringOption(onOffState),
  )
  .addSubcommand((sub) =>
    sub
      .setName('nudges')
      .setDescription('One friendly DM a week to a learner at risk, on or off (off by default)')
      .addStringOption(onOffState),
  )
  .addSubcommand((sub) =>
    sub.setName('report').setDescription("Each posted day's poll answers beside its completion rate"),
  );

type GuildInteraction = ChatInputCommandInteraction & { readonly guildId: string };

async function setup(interaction: GuildInteraction, context: DiscordContext): Promise<ReplyBody> {
  const chosen = interaction.options.getChannel('channel', true);
  const channelId = chosen.id;
  const problem = await checkChannelAccess(interaction, channelId);
  if (problem !== null) return { content: renderChannelProblem(problem) };
  const forum = isForum(chosen);
  const outcome = await context.app.servers.setup(interaction.guildId, {
    channelId,
    channelKind: forum ? 'forum' : 'text',
    time: interaction.options.getString('time', true),
    timezone: interaction.options.getString('timezone', true),
    startDate: interaction.options.getString('start', true),
    setUpBy: discordLearnerId(interaction.user.id),
    startCycle: interaction.options.getInteger('cycle') ?? undefined,
  });
  if (outcome.kind !== 'set-up') return { content: renderSetup(outcome) };
  if (forum) await ensureForumTags(interaction, channelId);
  const access = await threadAccessOf(interaction, channelId);
  return {
    content: [renderSetup(outcome), ...(access === null ? [] : renderThreadWarnings(access))].join('\n'),
  };
}

/**
 * `/coach resume`: a post it promises now (after a pause, or a refused post tried again) is
 * checked like setup checks it, so a cause not yet fixed is named instead of a false "now".
 */
async function resume(interaction: GuildInteraction, context: DiscordContext): Promise<ReplyBody> {
  const outcome = await context.app.servers.resume(interaction.guildId);
  const channelId =
    outcome.kind === 'retrying'
      ? outcome.channelId
      : outcome.kind === 'resumed' && outcome.postsNow
        ? outcome.settings.channelId
        : null;
  const problem = channelId === null ? null : await checkChannelAccess(interaction, channelId);
  return {
    content: problem === null ? renderResume(outcome) : renderChannelProblem(problem, '/coach resume'),
  };
}

/** `/coach cohort`: the text, the heatmap as PNG, and every learner's progress as a CSV attachment. */
async function cohort(interaction: GuildInteraction, context: DiscordContext): Promise<ReplyBody> {
  const { app } = context;
  const outcome = await app.progress.cohort(interaction.guildId);
  if (outcome.kind !== 'cohort') return { content: renderCohort(outcome) };
  const { view, asOf } = outcome;
  const stamp = asOf.toISOString().slice(0, 10);
  const heatmap = {
    name: `cohort-${stamp}.png`,
    data: renderHeatmapPng(app.plan, view.heatmap, heatmapWords(view.rows.length, asOf)),
    description: heatmapAltText(view.rows.length),
    contentType: 'image/png',
  };
  const csv = {
    name: `cohort-${stamp}.csv`,
    data: Buffer.from(cohortCsv(view.rows)),
    contentType: 'text/csv; charset=utf-8',
  };
  return { content: renderCohort(outcome), files: [heatmap, csv] };
}

/**
 * `/coach status`: an embed of the schedule, the cohort, the day threads' (or forum posts')
 * permissions checked in the configured channel now, and problems; not set up: the one line saying so.
 */
async function status(interaction: GuildInteraction, context: DiscordContext): Promise<ReplyBody> {
  const outcome = await context.app.servers.status(interaction.guildId);
  if (outcome.kind !== 'status') return { content: renderStatus(outcome) };
  const threads = await threadAccessOf(interaction, outcome.settings.channelId);
  const threadsMissing = threads === null || threads.missing.length > 0;
  return statusReply(
    outcome,
    renderStatus(outcome, threads).split('\n'),
    outcome.problem !== null || threadsMissing,
  );
}

const subcommands: Record<string, (i: GuildInteraction, c: DiscordContext) => Promise<ReplyBody>> = {
  setup,
  status,
  pause: async (i, c) => ({ content: renderPause(await c.app.servers.pause(i.guildId)) }),
  resume,
  cohort,
  usage: async (i, c) => ({ content: renderUsage(await c.app.coaching.usageReport(i.guildId)) }),
  recaps: async (i, c) => ({
    content: renderRecaps(
      await c.app.servers.setRecaps(i.guildId, i.options.getString('state', true) === 'on'),
    ),
  }),
  poll: async (i, c) => ({
    content: renderDayPollSet(
      await c.app.servers.setDayPoll(i.guildId, i.options.getString('state', true) === 'on'),
    ),
  }),
  // Reads each open poll from Discord: `answer` defers when that takes longer than a moment.
  report: async (i, c) => ({ content: renderDayReport(await c.app.progress.dayReport(i.guildId)) }),
  nudges: async (i, c) => ({
    content: renderNudges(
      await c.app.servers.setNudges(i.guildId, i.options.getString('state', true) === 'on'),
    ),
  }),
};

/**
 * `/coach setup|status|pause|resume|cohort|recaps|poll|report|nudges|usage`. Manage Server is checked here from the member's
 * permissions on the interaction: default_member_permissions is only a default that a
 * server's admins can override per role or channel.
 */
export const coachCommand = {
  data,
  execute: (interaction, context) =>
    answer(interaction, context, async () => {
      if (!interaction.inGuild()) return { content: COACH_IN_DM };
      if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild))
        return { content: COACH_NOT_ADMIN };
      const run = subcommands[interaction.options.getSubcommand(true)];
      if (run === undefined)
        throw new Error(`unknown /coach subcommand ${interaction.options.getSubcommand(true)}`);
      return run(interaction, context);
    }),
  autocomplete: (interaction) => suggestZones(interaction),
} satisfies DiscordCommand;
