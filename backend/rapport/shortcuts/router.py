"""`/shortcuts`: one-request endpoints for phone shortcuts (iOS Shortcuts, Android HTTP
Shortcuts or Tasker) with a personal token. See the README for ready-made recipes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Response

from rapport.auth.dependencies import CurrentUser
from rapport.contacts.schemas import ContactRead
from rapport.db import SessionDep
from rapport.interactions.schemas import InteractionRead
from rapport.resources import created
from rapport.routing import api_router
from rapport.shortcuts import service as shortcuts_service
from rapport.shortcuts.schemas import DueToday, QuickLog, QuickLogged

router = api_router(prefix="/shortcuts", tag="shortcuts")


@router.creates(
    "/log",
    QuickLogged,
    summary="Log a touch by name or e-mail (creating the contact if new)",
    responses={404: {"description": "Nobody matches `contact` and `create` is false."}},
)
def quick_log(
    data: QuickLog, user: CurrentUser, session: SessionDep, response: Response
) -> QuickLogged:
    """Finds the contact by e-mail address or exact name, creates them if nobody matches, and
    logs the touch, which resets their keep-in-touch cadence. Two contacts with the same name
    answer 409 (send the e-mail address). Send an `Idempotency-Key` header so that a retry on a
    flaky connection does not log the touch twice. `Location` is the new touch."""
    contact, interaction, contact_created, message = shortcuts_service.quick_log(
        session, user=user, data=data
    )
    location = f"/api/v1/interactions/{interaction.id}"
    return QuickLogged(
        contact=ContactRead.model_validate(contact),
        interaction=created(response, InteractionRead, interaction, location),
        contact_created=contact_created,
        message=message,
    )


@router.get("/due", response_model=DueToday, summary="What is due today (compact)")
def due_today(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[
        int, Query(ge=1, le=100, description="At most this many reminders and touches each.")
    ] = 20,
) -> DueToday:
    """Open reminders and keep-in-touch touches due by the end of today in your time zone,
    overdue ones included (flagged `overdue`), plus `text`, a ready-to-show summary."""
    return shortcuts_service.due_today(session, user=user, limit=limit)
