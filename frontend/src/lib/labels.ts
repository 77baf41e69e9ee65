// Words people read for the API's enum values.

export const STAGES = [
  ["identified", "Identified"],
  ["reached_out", "Reached out"],
  ["scheduled", "Scheduled"],
  ["interviewed", "Interviewed"],
  ["keep_in_touch", "Keep in touch"],
  ["closed", "Closed"],
] as const;

export const CONNECTIONS = [
  ["alum", "Alum"],
  ["former_supervisor", "Former supervisor"],
  ["colleague", "Colleague"],
  ["scholarly_society", "Scholarly society"],
  ["friend", "Friend"],
  ["referral", "Referral"],
  ["cold", "Cold contact"],
  ["other", "Other"],
] as const;

export const TOUCH_KINDS = [
  ["email", "E-mail"],
  ["call", "Call"],
  ["meeting", "Meeting"],
  ["message", "Message"],
  ["linkedin", "LinkedIn"],
  ["article_shared", "Article shared"],
  ["update", "Update"],
  ["event", "Event"],
  ["note", "Note"],
] as const;

export const INTERVIEW_STATUSES = [
  ["requested", "Requested"],
  ["scheduled", "Scheduled"],
  ["completed", "Completed"],
  ["cancelled", "Cancelled"],
  ["no_show", "No-show"],
] as const;

export const MEDIUMS = [
  ["video", "Video call"],
  ["phone", "Phone"],
  ["in_person", "In person"],
] as const;

export const REMINDER_KINDS = [
  ["thank_you", "Thank-you"],
  ["follow_up", "Follow-up"],
  ["keep_in_touch", "Keep in touch"],
  ["share", "Share something"],
  ["event", "Event"],
  ["custom", "Reminder"],
] as const;

export const REFERRAL_STATUSES = [
  ["suggested", "Suggested"],
  ["contacted", "Contacted"],
  ["scheduled", "Scheduled"],
  ["interviewed", "Interviewed"],
  ["declined", "Declined"],
] as const;

export const TEMPLATE_KINDS = [
  ["outreach", "Outreach"],
  ["thank_you", "Thank-you"],
  ["follow_up", "Follow-up"],
  ["check_in", "Check-in"],
] as const;

export function label(table: readonly (readonly [string, string])[], value: string | null | undefined): string {
  if (!value) return "—";
  return table.find(([key]) => key === value)?.[1] ?? value.replace(/_/g, " ");
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return "?";
  const first = words[0][0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1][0] ?? "") : "";
  return (first + last).toUpperCase();
}
