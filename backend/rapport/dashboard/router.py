"""`/dashboard`: everything the student's home screen shows, in one call."""

from __future__ import annotations

from fastapi import Response

from rapport.auth.dependencies import CurrentUser
from rapport.dashboard import service as dashboard_service
from rapport.dashboard.schemas import DUE_DAYS, UPCOMING_DAYS, WEEKS, Dashboard
from rapport.db import SessionDep
from rapport.resources import answer_document
from rapport.routing import api_router

router = api_router(prefix="/dashboard", tag="dashboard")


@router.get(
    "",
    response_model=Dashboard,
    summary="What is due, what is coming, how it is going",
    # From the service's own windows, like the fields' descriptions.
    description=f"Stage counts, interviews in the next {UPCOMING_DAYS} days, reminders due within "
    f"{DUE_DAYS} days (and overdue),\ncontacts overdue for a touch, {WEEKS} weeks of activity and "
    "the referral yield. Days and weeks are\ncounted in your time zone (`timezone` in your "
    "profile).",
)
def get_dashboard(user: CurrentUser, session: SessionDep) -> Response:
    return answer_document(dashboard_service.build(session, user=user))
