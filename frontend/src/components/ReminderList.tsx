import { useState } from "preact/hooks";
import { describeError } from "../api/client";
import { REMINDER_KINDS, label } from "../lib/labels";
import { markDone, snooze, snoozeUntil } from "../lib/reminders";
import { SAVED_ON_DEVICE } from "../offline/status";
import { formatDateTime, formatRelative } from "../lib/time";
import { useSession } from "../session";
import { Badge, Button } from "./ui";

export type ReminderLike = {
  id: string;
  kind: string;
  title: string;
  due_at: string;
  contact_id?: string | null;
  contact_name?: string | null;
  status?: string;
};

/** Reminders with one-click done and snooze; the row leaves the list when handled. */
export function ReminderList({
  reminders,
  onHandled,
  showContact = true,
  label: listLabel = "Reminders",
}: {
  reminders: ReminderLike[];
  onHandled: (id: string, how: "done" | "snoozed") => void;
  showContact?: boolean;
  label?: string;
}) {
  const { timeZone } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ id: string; message: string } | null>(null);
  const [announce, setAnnounce] = useState("");
  const now = new Date();

  const act = async (reminder: ReminderLike, how: "done" | "snoozed", days = 1) => {
    setBusy(reminder.id);
    setError(null);
    try {
      const sent = how === "done" ? await markDone(reminder) : await snooze(reminder, snoozeUntil(days, timeZone));
      const onDevice = sent === SAVED_ON_DEVICE ? " Saved on this device; it syncs when you are back online." : "";
      setAnnounce(`${how === "done" ? `Marked “${reminder.title}” done.` : `Snoozed “${reminder.title}”.`}${onDevice}`);
      onHandled(reminder.id, how);
    } catch (failure) {
      setError({ id: reminder.id, message: describeError(failure) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <p class="visually-hidden" role="status">
        {announce}
      </p>
      <ul class="rows" aria-label={listLabel}>
        {reminders.map((reminder) => {
          const overdue = new Date(reminder.due_at) < now;
          return (
            <li class="row reminder" key={reminder.id}>
              <div class="row__main">
                <span class="row__title">{reminder.title}</span>
                <span class="row__meta">
                  <Badge tone={reminder.kind === "thank_you" ? "warn" : "neutral"}>{label(REMINDER_KINDS, reminder.kind)}</Badge>
                  <time dateTime={reminder.due_at} title={formatDateTime(reminder.due_at, timeZone)} class={overdue ? "is-overdue" : ""}>
                    {overdue ? "Overdue, due " : "Due "}
                    {formatRelative(reminder.due_at, timeZone)}
                  </time>
                  {showContact && reminder.contact_id && (
                    <>
                      {" · "}
                      <a href={`/contacts/${reminder.contact_id}`}>{reminder.contact_name ?? "Contact"}</a>
                    </>
                  )}
                </span>
                {error?.id === reminder.id && (
                  <span class="field__error" role="alert">
                    {error.message}
                  </span>
                )}
              </div>
              <div class="row__actions">
                <Button size="sm" variant="primary" busy={busy === reminder.id} onClick={() => void act(reminder, "done")} aria-label={`Mark “${reminder.title}” done`}>
                  Done
                </Button>
                <Button size="sm" disabled={busy === reminder.id} onClick={() => void act(reminder, "snoozed", 1)} aria-label={`Snooze “${reminder.title}” until tomorrow`}>
                  Tomorrow
                </Button>
                <Button size="sm" disabled={busy === reminder.id} onClick={() => void act(reminder, "snoozed", 7)} aria-label={`Snooze “${reminder.title}” for a week`}>
                  +1 week
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
