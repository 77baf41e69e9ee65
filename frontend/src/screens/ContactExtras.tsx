// Interviews, referrals, reminders and e-mail drafts for a contact: they arrive with the
// workflow API.
import type { Contact } from "../components/QuickAddContact";

export function ContactExtras(_: { contact: Contact; onChanged: () => void }) {
  return null;
}

export function DraftEmail(_: { contact: Contact }) {
  return null;
}
