"""`/dashboard`: everything the student's home screen shows, in one call."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends

from rapport.auth.dependencies import CurrentUser, authenticate
from rapport.dashboard import service as dashboard_service
from rapport.dashboard.schemas import (
    Dashboard,
    DueReminder,
    OverdueContact,
    StageCounts,
    UpcomingInterview,
    WeekActivity,
)
from rapport.db import SessionDep
from rapport.referrals.schemas import ReferralYield
from rapport.routing import RapportRoute

router = APIRouter(
    prefix="/dashboard",
    tags=["dashboard"],
    route_class=RapportRoute,
    dependencies=[Depends(authenticate)],
)


@router.get("", response_model=Dashboard, summary="What is due, what is coming, how it is going")
def get_dashboard(user: CurrentUser, session: SessionDep) -> Dashboard:
    """Stage counts, interviews in the next 14 days, reminders due within 7 days (and overdue),
    contacts overdue for a touch, 12 weeks of activity and the referral yield. Days and weeks are
    counted in your time zone (`timezone` in your profile)."""
    data = dashboard_service.build(session, user=user)
    zone = ZoneInfo(data.timezone)
    return Dashboard(
        timezone=data.timezone,
        today=data.today,
        generated_at=data.generated_at,
        stage_counts=StageCounts(**data.stage_counts),
        upcoming_interviews=[
            UpcomingInterview(
                id=interview.id,
                contact_id=interview.contact_id,
                contact_name=name,
                status=interview.status,
                scheduled_at=interview.scheduled_at,
                duration_minutes=interview.duration_minutes,
                medium=interview.medium,
                location=interview.location,
            )
            for interview, name in data.upcoming
            if interview.scheduled_at is not None
        ],
        due_reminders=[
            DueReminder(
                id=reminder.id,
                kind=reminder.kind,
                title=reminder.title,
                due_at=reminder.due_at,
                contact_id=reminder.contact_id,
                contact_name=name,
                interview_id=reminder.interview_id,
                auto=reminder.auto,
                overdue=reminder.due_at < data.generated_at,
                due_today=reminder.due_at.astimezone(zone).date() == data.today,
            )
            for reminder, name in data.due
        ],
        overdue_contacts=[
            OverdueContact(
                id=contact.id,
                full_name=contact.full_name,
                organization=contact.organization,
                stage=contact.stage,
                last_contacted_at=contact.last_contacted_at,
                next_touch_due=contact.next_touch_due,
                days_overdue=dashboard_service.days_overdue(contact, zone=zone, today=data.today),
            )
            for contact in data.overdue
            if contact.next_touch_due is not None
        ],
        weekly_activity=[
            WeekActivity(week_start=start, touches=touches, interviews=interviews)
            for start, touches, interviews in data.weeks
        ],
        referral_yield=ReferralYield.model_validate(data.referral_yield),
    )
