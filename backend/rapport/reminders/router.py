"""`/reminders`: what to do next — your own, plus the ones Rapport creates (thank-you and
follow-up after an interview, keep-in-touch per contact cadence)."""

from __future__ import annotations

from rapport.collection import Collection
from rapport.reminders import service as reminders_service
from rapport.reminders.dependencies import OwnedReminder, ReminderRow
from rapport.reminders.schemas import ReminderRead
from rapport.routing import api_router

router = api_router(prefix="/reminders", tag="reminders")
reminders = Collection(router, "reminder", read=ReminderRead, row=ReminderRow, owned=OwnedReminder)

reminders.listing(
    reminders_service.list_reminders,
    summary="List reminders, soonest first",
    description="""
    Ordered by `due_at`. For "what's due today?" ask for `status=open` and
    `due_before=<tomorrow's midnight in your time zone>`.""",
)
reminders.create(reminders_service.create_reminder, summary="Add a reminder")
reminders.get(summary="One reminder")
reminders.update(
    reminders_service.update_reminder,
    summary="Snooze, complete or change a reminder",
    description="""
    `status: done` sets `done_at`; back to `open` clears it. Snooze by sending a new
    `due_at`. Marking a `keep_in_touch` reminder done logs a touch (kind `note`) with the
    contact, which restarts the cadence and creates the next keep-in-touch reminder. A snoozed
    keep-in-touch reminder moves back in step with the cadence when the next touch is logged.
    The open keep-in-touch reminder of a contact with a cadence cannot be dismissed (409): mark
    it done, snooze it, or remove the contact's cadence.""",
)
reminders.delete(
    reminders_service.delete_reminder,
    summary="Delete a reminder",
    description="""
    The open keep-in-touch reminder of a contact with a cadence cannot be deleted (409);
    remove the contact's `keep_in_touch_days` to stop it.""",
)
