/** The week's pairing as told to one learner by DM. */
export type BuddyPairingNotice =
  /** Learner ids of their buddies: one, or two in a group of three. */
  | { readonly kind: 'paired'; readonly with: readonly string[] }
  /** They were the only one who joined this week. */
  | { readonly kind: 'alone' };

/** A partner's two days in a row without study, as told to their buddy. */
export interface BuddyLapseNotice {
  /** The partner's learner id. */
  readonly partner: string;
  readonly days: number;
}

/**
 * The words of the buddy DMs. They name learners, so the front end that sends them words them
 * (Discord: a user mention that pings nobody, `render/buddy-text.ts`).
 */
export interface BuddyTexts {
  buddyPairing(notice: BuddyPairingNotice): string;
  buddyLapse(notice: BuddyLapseNotice): string;
}
