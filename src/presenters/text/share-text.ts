import type { ShareDefaultOutcome, ShareOutcome, UnshareOutcome } from '../../app/sharing/sharing.js';

/** What became of sharing a proof; the day is recorded in every case, and the line says so when it failed. */
export function renderShare(share: ShareOutcome): string {
  switch (share.kind) {
    case 'shared':
      return `Shared with the cohort in the Day ${share.day} thread. /unshare day:${share.day} takes it back.`;
    case 'no-server':
      return `Not shared: proof is shared in a server's day thread, and this was not sent in a server. Your day is recorded.`;
    case 'no-thread':
      return `Not shared: Day ${share.day} has no thread in this server (it was not posted here, or its thread could not be opened). Your day is recorded.`;
    case 'not-posted':
      return `Not shared: I couldn't post in the Day ${share.day} thread (${share.detail}). Your day is recorded.`;
  }
}

/** Outcome of `/unshare`. */
export function renderUnshare(outcome: UnshareOutcome): string {
  switch (outcome.kind) {
    case 'unshared':
      return `Your Day ${outcome.day} proof is no longer shared: I deleted my message in the day's thread.`;
    case 'not-shared':
      return `You have no shared proof for Day ${outcome.day}.`;
    case 'unshare-failed':
      return `I couldn't delete your Day ${outcome.day} proof from the thread just now (${outcome.detail}). Try /unshare again in a minute.`;
  }
}

/** The sharing default, as `/settings share:` set it. */
export function renderShareDefault(outcome: ShareDefaultOutcome): string {
  return outcome.on
    ? 'Sharing: on. Proof you hand in is posted in the day thread of the server you send it in; /done share:false keeps one private.'
    : 'Sharing: off. Proof stays private; /done share:true shares one.';
}
