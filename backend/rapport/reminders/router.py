"""`/reminders`: what to do next — your own, plus the ones Rapport creates (thank-you and
follow-up after an interview, keep-in-touch per contact cadence)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Response, status

from rapport.auth.dependencies import CurrentUser
from rapport.db import SessionDep
from rapport.pagination import Page, PageDep
from rapport.reminders import service as reminders_service
from rapport.reminders.dependencies import OwnedReminder, ReminderRow
from rapport.reminders.schemas import (
    ReminderCreate,
    ReminderFilters,
    ReminderRead,
    ReminderUpdate,
)
from rapport.resources import answer, answer_page, answer_row, created
from rapport.routing import api_router

router = api_router(prefix="/reminders", tag="reminders")


@router.get("", response_model=Page[ReminderRead], summary="List reminders, soonest first")
def list_reminders(
    filters: Annotated[ReminderFilters, Query()],
    user: CurrentUser,
    session: SessionDep,
    page: PageDep,
) -> Response:
    """Ordered by `due_at`. For "what's due today?" ask for `status=open` and
    `due_before=<tomorrow's midnight in your time zone>`."""
    return answer_page(
        ReminderRead,
        reminders_service.list_reminders(session, user=user, filters=filters, page=page),
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ReminderRead,
    summary="Add a reminder",
)
def create_reminder(
    data: ReminderCreate, user: CurrentUser, session: SessionDep, response: Response
) -> ReminderRead:
    reminder = reminders_service.create_reminder(session, user=user, data=data)
    return created(response, ReminderRead, reminder, f"/api/v1/reminders/{reminder.id}")


@router.get("/{reminder_id}", response_model=ReminderRead, summary="One reminder")
def get_reminder(reminder: ReminderRow) -> Response:
    return answer_row(ReminderRead, reminder)


@router.patch(
    "/{reminder_id}", response_model=ReminderRead, summary="Snooze, complete or change a reminder"
)
def update_reminder(
    data: ReminderUpdate, reminder: OwnedReminder, session: SessionDep, response: Response
) -> ReminderRead:
    """`status: done` sets `done_at`; back to `open` clears it. Snooze by sending a new
    `due_at`. Marking a `keep_in_touch` reminder done logs a touch (kind `note`) with the
    contact, which restarts the cadence and creates the next keep-in-touch reminder. A snoozed
    keep-in-touch reminder moves back in step with the cadence when the next touch is logged.
    The open keep-in-touch reminder of a contact with a cadence cannot be dismissed (409): mark
    it done, snooze it, or remove the contact's cadence."""
    reminders_service.update_reminder(session, reminder=reminder, data=data)
    return answer(response, ReminderRead, reminder)


@router.delete(
    "/{reminder_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a reminder"
)
def delete_reminder(reminder: OwnedReminder, session: SessionDep) -> Response:
    """The open keep-in-touch reminder of a contact with a cadence cannot be deleted (409);
    remove the contact's `keep_in_touch_days` to stop it."""
    reminders_service.delete_reminder(session, reminder=reminder)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
