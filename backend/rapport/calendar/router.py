"""The private calendar feed: its URL under `/me/calendar` (signed in), and the feed itself at
`/calendar/{feed_token}.ics` (no sign-in: the secret URL is the credential, good for nothing
else)."""

from __future__ import annotations

from fastapi import Response

from rapport.auth.dependencies import CurrentUser, SettingsDep
from rapport.calendar import service as calendar_service
from rapport.calendar.schemas import CalendarFeed
from rapport.db import SessionDep
from rapport.errors import NotFound
from rapport.routing import api_router

# Reading the feed's URL enables the feed the first time (a write that goes with the answer).
router = api_router(prefix="/me/calendar", tag="calendar", reads_write=True)
feed_router = api_router(prefix="/calendar", tag="calendar", guard=None)

ICS_MEDIA_TYPE = "text/calendar; charset=utf-8"


@router.get("", response_model=CalendarFeed, summary="Your private calendar feed URL")
def get_calendar_feed(
    user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> CalendarFeed:
    """Paste `url` into Google Calendar (Other calendars → From URL), Apple Calendar (File → New
    Calendar Subscription) or Outlook (Add calendar → Subscribe from web). The feed holds your
    scheduled and completed interviews and your open reminders (with an alarm); calendar apps
    refresh it every few hours."""
    token = calendar_service.current_token(session, user=user, secret_key=settings.secret_key)
    return CalendarFeed.of(calendar_service.feed_url(token, settings))


@router.post("/rotate", response_model=CalendarFeed, summary="Replace your calendar feed URL")
def rotate_calendar_feed(
    user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> CalendarFeed:
    """The old URL answers 404 from now on; subscribe your calendar apps to the new one."""
    token = calendar_service.rotate(session, user=user, secret_key=settings.secret_key)
    return CalendarFeed.of(calendar_service.feed_url(token, settings))


@feed_router.get(
    "/{feed_token}.ics",
    response_class=Response,
    summary="The calendar feed (iCalendar)",
    responses={
        200: {
            "description": "An RFC 5545 calendar.",
            "content": {"text/calendar": {"schema": {"type": "string"}}},
        }
    },
)
def get_calendar_feed_ics(feed_token: str, session: SessionDep, settings: SettingsDep) -> Response:
    """Read-only and addressed by its secret token (no other credential needed or accepted).
    Events keep stable UIDs (`interview-<id>@rapport`, `reminder-<id>@rapport`), so calendar apps
    update them in place. An unknown or rotated token answers 404."""
    user = calendar_service.user_for_token(session, feed_token)
    if user is None:
        raise NotFound("No calendar feed at this address; get the current URL in Settings.")
    body = calendar_service.build_feed(session, user=user, settings=settings)
    return Response(
        body,
        media_type=ICS_MEDIA_TYPE,
        headers={"Content-Disposition": 'inline; filename="rapport.ics"'},
    )
