"""`/dashboard`: everything the student's home screen shows, in one call."""

from __future__ import annotations

from fastapi import Response

from rapport.auth.dependencies import CurrentUser
from rapport.dashboard import service as dashboard_service
from rapport.dashboard.schemas import Dashboard
from rapport.db import SessionDep
from rapport.resources import answer_document
from rapport.routing import api_router

router = api_router(prefix="/dashboard", tag="dashboard")


@router.get("", response_model=Dashboard, summary="What is due, what is coming, how it is going")
def get_dashboard(user: CurrentUser, session: SessionDep) -> Response:
    """Stage counts, interviews in the next 14 days, reminders due within 7 days (and overdue),
    contacts overdue for a touch, 12 weeks of activity and the referral yield. Days and weeks are
    counted in your time zone (`timezone` in your profile)."""
    return answer_document(dashboard_service.build(session, user=user))
