"""`/interviews`: preparing, holding and following up informational interviews; and a contact's
timeline of touches and interviews."""

from __future__ import annotations

from rapport.auth.dependencies import CurrentUser
from rapport.collection import Collection, pages
from rapport.contacts.dependencies import ContactRow
from rapport.interviews import service as interviews_service
from rapport.interviews.dependencies import InterviewRow, OwnedInterview
from rapport.interviews.schemas import (
    InterviewRead,
    TimelineEntry,
)
from rapport.routing import api_router

router = api_router()

AUTOMATIC_BEHAVIOUR = """

**What happens automatically** (on status changes only; editing other fields never re-triggers
it, and a contact stage you set by hand is never moved back):

- `requested`: the contact moves forward to `reached_out`.
- `scheduled` (needs `scheduled_at`; the default status when a time is given): the contact moves
  forward to `scheduled`; webhook `interview.scheduled` (sent again when the time changes).
- `completed`: `completed_at` is set (default now; at most a day ahead); the contact moves
  forward to `interviewed`; its `last_contacted_at` / `next_touch_due` are recomputed (a completed
  interview counts as a touch); one `thank_you` reminder (due `thank_you_within_hours` later) and
  one `follow_up` reminder (due `follow_up_after_days` later) are created; webhook
  `interview.completed`. Completing again, or editing a completed interview, never adds a second
  reminder of either kind — also after cancelling and completing again, when a reminder of that
  kind that was already done or dismissed is kept and not re-created. Changing `completed_at`
  moves the open reminders with it.
- Leaving `completed` (`cancelled`, `no_show`, or reopened as `requested`/`scheduled`):
  `completed_at` is cleared, the interview's *open* thank-you / follow-up reminders are removed
  (done ones stay), and the contact's touch state is recomputed. The contact's stage stays.
- Referrals to the contact follow its stage (`scheduled`, `interviewed`).
"""


interviews = Collection(
    router,
    "interview",
    read=InterviewRead,
    row=InterviewRow,
    owned=OwnedInterview,
    path="/interviews",
    tags=["interviews"],
)
interviews.listing(
    interviews_service.list_interviews,
    summary="List interviews by time",
    description="""
    Ordered by `scheduled_at` (soonest first); interviews without a time come last. With
    `from` or `to`, interviews without a time are left out.""",
)
interviews.create(
    interviews_service.create_interview,
    summary="Plan an interview",
    description="Creates an interview with one of your contacts (`contact_id` of another user's "
    "or a missing contact → 422, nothing written). `pitch` starts as your own pitch; the "
    "checklist starts with prep items (research the person and the organization, pitch ready, "
    "time/place/platform verified, questions ready) and follow-up items (thank-you sent, "
    "LinkedIn connection, referrals recorded, follow-up planned)." + AUTOMATIC_BEHAVIOUR,
)
interviews.get(summary="One interview")
interviews.update(
    interviews_service.update_interview,
    summary="Change, complete or cancel an interview",
    description="A partial update. `questions` replaces the whole ordered list (send items' "
    "`id`s back to keep them); `checklist` is merged by `key` (tick an item with "
    '`[{"key": "pitch_ready", "done": true}]`).' + AUTOMATIC_BEHAVIOUR,
    needs={"user": CurrentUser},
)
interviews.delete(
    interviews_service.delete_interview,
    summary="Delete an interview",
    description="""
    Deletes its reminders too (automatic and manual); referrals that came up in it are kept
    without `interview_id`. The contact's stage stays; its touch state is recomputed.""",
)


pages(
    router,
    ("/contacts/{contact_id}/timeline", "contact_timeline"),
    interviews_service.timeline,
    read=TimelineEntry,
    under=("contact", ContactRow),
    summary="A contact's touches and interviews, newest first",
    description="""
    Touches (by `occurred_at`) and interviews (by `completed_at`, else `scheduled_at`, else
    creation) in one list, newest first.""",
    tags=["contacts"],
)
