from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from rapport.contacts.models import Stage
from rapport.interviews.models import InterviewStatus, Medium
from rapport.referrals.schemas import ReferralYield
from rapport.reminders.models import ReminderKind
from rapport.schemas import ReadModel

# What the lists show, and how far back the activity goes (the service reads them; the document
# says them).
UPCOMING_DAYS = 14
DUE_DAYS = 7
WEEKS = 12
MAX_UPCOMING = 50
MAX_DUE = 100
MAX_OVERDUE = 100


class StageCounts(ReadModel):
    """How many contacts are at each stage (every stage present, zero included)."""

    identified: int
    reached_out: int
    scheduled: int
    interviewed: int
    keep_in_touch: int
    closed: int


class UpcomingInterview(ReadModel):
    id: uuid.UUID
    contact_id: uuid.UUID
    contact_name: str
    status: InterviewStatus
    scheduled_at: datetime
    duration_minutes: int
    medium: Medium
    location: str


class DueReminder(ReadModel):
    id: uuid.UUID
    kind: ReminderKind
    title: str
    due_at: datetime
    contact_id: uuid.UUID | None
    contact_name: str | None
    interview_id: uuid.UUID | None
    auto: bool
    overdue: bool = Field(description="Due before now.")
    due_today: bool = Field(description="Due on today's date in your time zone.")


class OverdueContact(ReadModel):
    id: uuid.UUID
    full_name: str
    organization: str | None
    stage: Stage
    last_contacted_at: datetime | None
    next_touch_due: datetime
    days_overdue: int = Field(description="Whole days since it was due, in your time zone.")


class WeekActivity(ReadModel):
    week_start: date = Field(description="The Monday the week starts on, in your time zone.")
    touches: int = Field(description="Touches logged that week.")
    interviews: int = Field(description="Interviews completed that week.")


class Dashboard(ReadModel):
    timezone: str = Field(description="Your time zone: days and weeks below are counted in it.")
    today: date = Field(description="Today's date in your time zone.")
    generated_at: datetime
    stage_counts: StageCounts
    upcoming_interviews: list[UpcomingInterview] = Field(
        description="Scheduled interviews from the start of today (your time zone) to "
        f"{UPCOMING_DAYS} days from now, soonest first (at most {MAX_UPCOMING})."
    )
    due_reminders: list[DueReminder] = Field(
        description=f"Open reminders due by the end of the {DUE_DAYS}th day after today (your "
        f"time zone), overdue ones included, soonest first (at most {MAX_DUE})."
    )
    overdue_contacts: list[OverdueContact] = Field(
        description="Contacts whose next touch is due (not closed), most overdue first (at most "
        f"{MAX_OVERDUE})."
    )
    weekly_activity: list[WeekActivity] = Field(
        description=f"The last {WEEKS} weeks (Monday to Sunday in your time zone), oldest first, "
        "ending with the current week; weeks without activity included."
    )
    referral_yield: ReferralYield
