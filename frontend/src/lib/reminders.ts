import type { Schemas } from "../api/client";
import { changeReminder } from "../offline/status";
import { fromZonedInput, toZonedInput } from "./time";

export type Reminder = Schemas["ReminderRead"];

/** When a snoozed reminder comes back: 9 AM (in the zone) the next day or a week later. */
export function snoozeUntil(days: number, timeZone: string, now: Date = new Date()): string {
  const later = new Date(now.getTime() + days * 86_400_000);
  const day = toZonedInput(later.toISOString(), timeZone).slice(0, 10);
  return fromZonedInput(`${day}T09:00`, timeZone) ?? later.toISOString();
}

/** Ticks a reminder off; offline, the tick waits on the device and syncs later. */
export function markDone(reminder: { id: string; title: string }) {
  return changeReminder(reminder, { status: "done" }, "done");
}

export function snooze(reminder: { id: string; title: string }, dueAt: string) {
  return changeReminder(reminder, { due_at: dueAt }, "snoozed");
}
