// Sharing with a career counselor: the words for a share's scope and log, and its expiry
// choices. Pure, so Vitest checks them without a browser.

export const SCOPE_PARTS = [
  ["pipeline", "Pipeline", "How many contacts are at each stage; each contact's name, organization and stage."],
  ["interviews", "Interviews", "With whom (name, organization), when, status, goals and takeaways."],
  ["notes", "Notes", "Interview notes (with Interviews) and the summaries of the touches you log."],
  ["referrals", "Referral network", "Who referred whom: names, organizations and stages."],
] as const;

export type ScopePart = (typeof SCOPE_PARTS)[number][0];
export type Scope = Record<ScopePart, boolean>;

export const DEFAULT_SCOPE: Scope = { pipeline: true, interviews: true, notes: false, referrals: true };

/** "Pipeline, Interviews and Referral network". */
export function scopeSummary(scope: Scope): string {
  const names: string[] = SCOPE_PARTS.filter(([part]) => scope[part]).map(([, name]) => name);
  if (names.length <= 1) return names[0] ?? "nothing";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export const DEFAULT_DAYS = 30;
export const EXPIRY_CHOICES = [
  ["7", "1 week"],
  ["30", "30 days"],
  ["90", "3 months"],
  ["182", "6 months"],
  ["365", "1 year"],
] as const;

/** The `expires_at` to send for a share lasting `days` (null: the server's default of 30). */
export function expiryFor(days: number, now: number = Date.now()): string | null {
  if (days === DEFAULT_DAYS) return null;
  // A year is the longest the server allows, counted when the request arrives: keep a minute spare.
  const spare = days >= 365 ? 60_000 : 0;
  return new Date(now + days * 86_400_000 - spare).toISOString();
}

export const ACCESS_WHAT: Record<string, string> = {
  overview: "Opened the overview",
  contacts: "Viewed your pipeline",
  interviews: "Viewed your interviews",
  touches: "Viewed your notes",
  network: "Viewed your referral network",
  comments: "Read the comments",
  comment_added: "Left a comment",
};

export const ACCESS_VIA: Record<string, string> = {
  link: "with the link",
  account: "signed in to Rapport",
};

export const SHARE_STATUSES = [
  ["active", "Active", "success"],
  ["expired", "Expired", "neutral"],
  ["revoked", "Revoked", "danger"],
] as const;
