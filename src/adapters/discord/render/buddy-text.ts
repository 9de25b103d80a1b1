import type {
  BuddyJoinOutcome,
  BuddyLeaveOutcome,
  BuddyStatusOutcome,
  PairingSchedule,
} from '../../../app/buddies/buddies.js';
import type { BuddyLapseNotice, BuddyPairingNotice, BuddyTexts } from '../../../app/buddies/buddy-texts.js';
import { renderStoreTrouble } from '../../../presenters/text/study-text.js';
import { DISCORD_PLATFORM } from '../actor.js';
import { platformUserOf } from '../../../app/actor.js';
import { discordTimestamp } from './timestamps.js';

// Every message the coach sends parses no mentions (the client's allowedMentions and the
// notifier's allowed_mentions are both `parse: []`): the name shows, nobody is pinged.
const mention = (learnerId: string): string => {
  const userId = platformUserOf(learnerId, DISCORD_PLATFORM);
  return userId === null ? 'a learner' : `<@${userId}>`;
};
const names = (learnerIds: readonly string[]): string => learnerIds.map(mention).join(' and ');

/** Buddies are per server: the commands need one that added the coach. */
export const BUDDY_NO_SERVER = 'Study buddies are per server: use /buddy in a server that has the coach.';

function nextPairing(next: PairingSchedule): string {
  switch (next.kind) {
    case 'at':
      return `Next pairing: ${discordTimestamp(next.at, 'F')} (${discordTimestamp(next.at, 'R')}).`;
    case 'not-set-up':
      return "Pairing comes with this server's daily post, which isn't set up yet (an admin runs /coach setup).";
    case 'paused':
      return "Pairing comes with this server's daily post, which is paused; it starts again with /coach resume.";
  }
}

/** `/buddy join`. */
export function renderBuddyJoin(outcome: BuddyJoinOutcome): string {
  switch (outcome.kind) {
    case 'joined':
      return `You're in study buddies: each Monday I pair you with someone here and tell you both by DM. ${nextPairing(outcome.next)} /buddy leave stops it any time.`;
    case 'already-in':
      return `You're already in study buddies. ${nextPairing(outcome.next)}`;
    case 'no-server':
      return BUDDY_NO_SERVER;
    default:
      return renderStoreTrouble(outcome);
  }
}

/** `/buddy leave`. */
export function renderBuddyLeave(outcome: BuddyLeaveOutcome): string {
  switch (outcome.kind) {
    case 'left':
      return "You've left study buddies: no more pairing, and your buddy this week is told only that you left. /buddy join brings you back.";
    case 'not-in':
      return "You're not in study buddies here. /buddy join to take part.";
    case 'no-server':
      return BUDDY_NO_SERVER;
    default:
      return renderStoreTrouble(outcome);
  }
}

/** `/buddy status`: this week's buddy, or when pairing happens next. */
export function renderBuddyStatus(outcome: BuddyStatusOutcome): string {
  switch (outcome.kind) {
    case 'not-in':
      return `You're not in study buddies here. /buddy join to be paired. ${nextPairing(outcome.next)}`;
    case 'waiting':
      return `You're in study buddies; you'll be paired at the next pairing. ${nextPairing(outcome.next)}`;
    case 'paired':
      return `Your study ${outcome.with.length > 1 ? 'buddies' : 'buddy'} this week: ${names(outcome.with)}. ${nextPairing(outcome.next)}`;
    case 'alone':
      return `No buddy this week: you're the only one who joined. ${nextPairing(outcome.next)}`;
    case 'partner-left':
      return `Your buddy this week has left study buddies. ${nextPairing(outcome.next)}`;
    case 'no-server':
      return BUDDY_NO_SERVER;
    default:
      return renderStoreTrouble(outcome);
  }
}

/** The buddy DMs, as the scheduler sends them. */
export const buddyDmTexts: BuddyTexts = {
  buddyPairing(notice: BuddyPairingNotice): string {
    if (notice.kind === 'alone')
      return "No study buddy this week: you're the only one who joined. Ask a friend in the server to /buddy join, and you'll be paired next Monday.";
    const who = names(notice.with);
    const plural = notice.with.length > 1;
    return `Your study ${plural ? 'buddies' : 'buddy'} this week: ${who}. Say hi and check in on each other; if one of you misses two days in a row, I'll let ${plural ? 'the others' : 'the other'} know.`;
  },
  buddyLapse(notice: BuddyLapseNotice): string {
    return `Your study buddy ${mention(notice.partner)} hasn't studied for ${notice.days} days. A short hello might help them back in.`;
  },
};
