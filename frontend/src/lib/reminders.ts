import { api, ok, type Schemas } from "../api/client";
import { fromZonedInput, toZonedInput } from "./time";

export type Reminder = Schemas["ReminderRead"];

/** When a snoozed reminder comes back: 9 AM (in the zone) the next day or a week later. */
export function snoozeUntil(days: number, timeZone: string, now: Date = new Date()): string {
  const later = new Date(now.getTime() + days * 86_400_000);
  const day = toZonedInput(later.toISOString(), timeZone).slice(0, 10);
  return fromZonedInput(`${day}T09:00`, timeZone) ?? later.toISOString();
}

export function markDone(id: string) {
  return ok(api.PATCH("/api/v1/reminders/{reminder_id}", { params: { path: { reminder_id: id } }, body: { status: "done" } }));
}

export function snooze(id: string, dueAt: string) {
  return ok(api.PATCH("/api/v1/reminders/{reminder_id}", { params: { path: { reminder_id: id } }, body: { due_at: dueAt } }));
}
