"""What happens by itself: the automatic behaviour of SPEC §3, one function per rule.

Services call these after their own writes, in the request's one transaction. This module depends
only on the models and the database layer, never on a service, so each rule has one home. In the
order of the README's "What happens by itself" table:

- an interview's status changes → :func:`interview_changed`, which applies the next four;
- an interview becomes requested / scheduled / completed, or an outreach touch is logged →
  :func:`advance_stage` (and :func:`touch_logged`): the contact moves forward, never back;
- an interview becomes completed → :func:`remind_after_interview`: one thank-you, one follow-up;
- a completed interview is cancelled, marked no-show or reopened →
  :func:`drop_open_interview_reminders`;
- `completed_at` is corrected → :func:`move_interview_reminders`;
- a referred contact moves on → :func:`referrals_follow_referred_contact`;
- a touch is logged, changed or deleted, an interview completed or not, a cadence changed, a
  contact closed → :func:`refresh_touch_state` (:func:`touch_state_moves_to` when a touch is
  logged or an interview completed), then :func:`keep_in_touch_follows_cadence`;
- a keep-in-touch reminder is marked done → :func:`kept_in_touch` logs a touch;
- a referral is recorded or deleted → :func:`referred_by_first_referrer`,
  :func:`referred_by_after_deletion`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.contacts.models import Contact, Stage
from rapport.db import insert_rows, utcnow
from rapport.interactions.models import Interaction, InteractionKind
from rapport.interviews.models import Interview, InterviewStatus
from rapport.referrals.models import Referral, ReferralStatus
from rapport.reminders.models import Reminder, ReminderKind, ReminderStatus

# --- an interview's status changes -------------------------------------------------------------


@dataclass(frozen=True)
class InterviewBefore:
    """What an interview looked like before a change (all None for a new one)."""

    status: InterviewStatus | None = None
    scheduled_at: datetime | None = None
    completed_at: datetime | None = None


_STAGE_FOR_STATUS = {
    InterviewStatus.requested: Stage.reached_out,
    InterviewStatus.scheduled: Stage.scheduled,
    InterviewStatus.completed: Stage.interviewed,
}


def interview_changed(
    session: Session, *, user: User, interview: Interview, contact: Contact, before: InterviewBefore
) -> None:
    """On status *transitions* only (editing notes never re-triggers anything, so a stage the
    user set by hand wins): the contact moves forward; completing creates the interview's
    reminders and counts as a touch; leaving `completed` drops its open reminders and no longer
    counts; a corrected `completed_at` moves the open reminders with it."""
    new, old = interview.status, before.status
    if new != old and new in _STAGE_FOR_STATUS:
        advance_stage(session, contact=contact, stage=_STAGE_FOR_STATUS[new])
    if new == InterviewStatus.completed:
        if new != old:
            assert interview.completed_at is not None
            remind_after_interview(session, user=user, interview=interview, contact=contact)
            touch_state_moves_to(session, contact=contact, moment=interview.completed_at)
        elif before.completed_at != interview.completed_at:
            move_interview_reminders(session, user=user, interview=interview)
            refresh_touch_state(session, contact=contact)
    elif old == InterviewStatus.completed:
        drop_open_interview_reminders(session, interview=interview)
        refresh_touch_state(session, contact=contact)


# --- the contact moves forward -----------------------------------------------------------------

# Touches that mean "I reached out": they move an `identified` contact to `reached_out`.
OUTREACH_KINDS = frozenset(
    {InteractionKind.email, InteractionKind.call, InteractionKind.message, InteractionKind.linkedin}
)


def advance_stage(session: Session, *, contact: Contact, stage: Stage) -> None:
    """A contact moves forward automatically, never backwards; referrals to them follow."""
    if stage.rank > contact.stage.rank:
        contact.stage = stage  # written with the contact's next flush (touch state follows)
        referrals_follow_referred_contact(session, contact=contact)


def touch_logged(session: Session, *, contact: Contact, touch: Interaction) -> None:
    """An outreach touch (e-mail, call, message, LinkedIn) moves the contact to `reached_out`;
    every touch restarts the cadence."""
    if touch.kind in OUTREACH_KINDS:
        advance_stage(session, contact=contact, stage=Stage.reached_out)
    touch_state_moves_to(session, contact=contact, moment=touch.occurred_at)


# --- a completed interview's reminders ---------------------------------------------------------

INTERVIEW_REMINDER_KINDS = (ReminderKind.thank_you, ReminderKind.follow_up)


def _interview_reminder_due(user: User, kind: ReminderKind, completed_at: datetime) -> datetime:
    if kind == ReminderKind.thank_you:
        return completed_at + timedelta(hours=user.thank_you_within_hours)
    return completed_at + timedelta(days=user.follow_up_after_days)


def _interview_reminders(session: Session, interview: Interview) -> list[Reminder]:
    # Without flushing first, so the contact's pending stage goes out in the same UPDATE as its
    # touch state. Safe: the only reminders of these kinds added in a request are
    # remind_after_interview's, and the touch state's flush right after writes them.
    with session.no_autoflush:
        return list(
            session.scalars(
                select(Reminder).where(
                    Reminder.interview_id == interview.id,
                    Reminder.auto.is_(True),
                    Reminder.kind.in_(INTERVIEW_REMINDER_KINDS),
                )
            )
        )


def remind_after_interview(
    session: Session, *, user: User, interview: Interview, contact: Contact
) -> None:
    """A completed interview gets one thank-you reminder (due `thank_you_within_hours` later) and
    one follow-up (due `follow_up_after_days` later), ever: a kind the interview already has (open,
    done or dismissed) is not created again."""
    assert interview.completed_at is not None
    existing = {reminder.kind for reminder in _interview_reminders(session, interview)}
    titles = {
        ReminderKind.thank_you: f"Send a thank-you note to {contact.full_name}",
        ReminderKind.follow_up: f"Follow up with {contact.full_name}",
    }
    for kind in INTERVIEW_REMINDER_KINDS:
        if kind in existing:
            continue
        session.add(
            Reminder(
                user_id=user.id,
                kind=kind,
                title=titles[kind][:300],
                due_at=_interview_reminder_due(user, kind, interview.completed_at),
                contact_id=interview.contact_id,
                interview_id=interview.id,
                auto=True,
            )
        )  # written with the touch state that follows


def drop_open_interview_reminders(session: Session, *, interview: Interview) -> None:
    """An interview that is no longer completed loses its *open* thank-you and follow-up
    reminders; done or dismissed ones stay, as history."""
    for reminder in _interview_reminders(session, interview):
        if reminder.status == ReminderStatus.open:
            session.delete(reminder)
    session.flush()


def move_interview_reminders(session: Session, *, user: User, interview: Interview) -> None:
    """When `completed_at` is corrected, the open automatic reminders move with it."""
    assert interview.completed_at is not None
    for reminder in _interview_reminders(session, interview):
        if reminder.status == ReminderStatus.open:
            reminder.due_at = _interview_reminder_due(user, reminder.kind, interview.completed_at)
    session.flush()


# --- referrals follow the referred contact -----------------------------------------------------

_REFERRAL_STATUS_FOR_STAGE = {
    Stage.reached_out: ReferralStatus.contacted,
    Stage.scheduled: ReferralStatus.scheduled,
    Stage.interviewed: ReferralStatus.interviewed,
    Stage.keep_in_touch: ReferralStatus.interviewed,
}
_REFERRAL_PROGRESS = [
    ReferralStatus.suggested,
    ReferralStatus.contacted,
    ReferralStatus.scheduled,
    ReferralStatus.interviewed,
]


def referral_status_for(stage: Stage, status: ReferralStatus) -> ReferralStatus:
    """The status a referral should have once its referred contact is at `stage`: forward only,
    and never out of `declined` (which only the user sets)."""
    target = _REFERRAL_STATUS_FOR_STAGE.get(stage)
    if (
        target is not None
        and status in _REFERRAL_PROGRESS
        and _REFERRAL_PROGRESS.index(status) < _REFERRAL_PROGRESS.index(target)
    ):
        return target
    return status


def referrals_follow_referred_contact(session: Session, *, contact: Contact) -> None:
    """A referral's status follows the referred contact: reached out → `contacted`, interview
    scheduled → `scheduled`, completed → `interviewed`."""
    if contact.stage not in _REFERRAL_STATUS_FOR_STAGE:
        return
    with session.no_autoflush:  # the contact's own change waits for its next flush
        referrals = list(
            session.scalars(select(Referral).where(Referral.referred_contact_id == contact.id))
        )
    for referral in referrals:
        referral.status = referral_status_for(contact.stage, referral.status)


# --- touch state and the keep-in-touch reminder ------------------------------------------------


def touch_state(
    *,
    last_touch: datetime | None,
    last_interview: datetime | None,
    created_at: datetime,
    keep_in_touch_days: int | None,
) -> tuple[datetime | None, datetime | None]:
    """`(last_contacted_at, next_touch_due)`: the latest touch or completed interview, and that
    (or the contact's creation) plus the cadence."""
    candidates = [t for t in (last_touch, last_interview) if t is not None]
    last = max(candidates) if candidates else None
    if not keep_in_touch_days:
        return last, None
    return last, (last or created_at) + timedelta(days=keep_in_touch_days)


# Every touch and interview change runs this: one round trip, built once.
_LAST_TOUCH_AND_INTERVIEW = select(
    select(func.max(Interaction.occurred_at))
    .where(Interaction.contact_id == bindparam("contact_id"))
    .scalar_subquery(),
    select(func.max(Interview.completed_at))
    .where(
        Interview.contact_id == bindparam("contact_id"),
        Interview.status == InterviewStatus.completed,
    )
    .scalar_subquery(),
)


def refresh_touch_state(session: Session, *, contact: Contact) -> None:
    """`last_contacted_at` and `next_touch_due` are recomputed from the facts after anything
    that could change them; the keep-in-touch reminder follows."""
    last_touch, last_interview = session.execute(
        _LAST_TOUCH_AND_INTERVIEW, {"contact_id": contact.id}
    ).one()
    _set_touch_state(session, contact=contact, latest=(last_touch, last_interview))


def touch_state_moves_to(session: Session, *, contact: Contact, moment: datetime) -> None:
    """What :func:`refresh_touch_state` does when the only change is a new fact at `moment` (a
    touch logged, an interview completed), without reading the facts again: `last_contacted_at`
    always holds the latest so far, so the latest is now the later of the two."""
    _set_touch_state(session, contact=contact, latest=(contact.last_contacted_at, moment))


def _set_touch_state(
    session: Session, *, contact: Contact, latest: tuple[datetime | None, datetime | None]
) -> None:
    contact.last_contacted_at, contact.next_touch_due = touch_state(
        last_touch=latest[0],
        last_interview=latest[1],
        created_at=contact.created_at,
        keep_in_touch_days=contact.keep_in_touch_days,
    )
    session.flush()
    keep_in_touch_follows_cadence(session, contact=contact)


def wants_keep_in_touch(contact: Contact) -> bool:
    """A contact with a cadence that is not closed has one open keep-in-touch reminder."""
    return contact.next_touch_due is not None and contact.stage != Stage.closed


def keep_in_touch_title(full_name: str) -> str:
    return f"Keep in touch with {full_name}"[:300]


_OPEN_KEEP_IN_TOUCH = select(Reminder).where(
    Reminder.contact_id == bindparam("contact_id"),
    Reminder.kind == ReminderKind.keep_in_touch,
    Reminder.status == ReminderStatus.open,
)


def open_keep_in_touch(session: Session, *, contact_id: uuid.UUID) -> Reminder | None:
    return session.scalars(_OPEN_KEEP_IN_TOUCH, {"contact_id": contact_id}).one_or_none()


def keep_in_touch_follows_cadence(session: Session, *, contact: Contact) -> None:
    """Each contact with a cadence has exactly one open keep-in-touch reminder, due when the next
    touch is; contacts without a cadence, or closed, have none."""
    reminder = open_keep_in_touch(session, contact_id=contact.id)
    if not wants_keep_in_touch(contact):
        if reminder is not None:
            session.delete(reminder)
            session.flush()
        return
    assert contact.next_touch_due is not None
    title = keep_in_touch_title(contact.full_name)
    if reminder is None:
        session.add(
            Reminder(
                user_id=contact.user_id,
                kind=ReminderKind.keep_in_touch,
                title=title,
                due_at=contact.next_touch_due,
                contact_id=contact.id,
                auto=True,
            )
        )
    else:
        reminder.due_at = contact.next_touch_due
        reminder.title = title
    session.flush()


def keep_in_touch_for_new_contacts(
    session: Session, *, contacts: Sequence[Mapping[str, Any]]
) -> None:
    """What :func:`keep_in_touch_follows_cadence` does for contacts inserted just now in bulk
    (which have no reminder yet), given as rows of contact columns, in one statement."""
    now = utcnow()
    rows = [
        {
            "id": uuid.uuid4(),
            "user_id": contact["user_id"],
            "kind": ReminderKind.keep_in_touch,
            "title": keep_in_touch_title(contact["full_name"]),
            "notes": "",
            "due_at": contact["next_touch_due"],
            "contact_id": contact["id"],
            "status": ReminderStatus.open,
            "auto": True,
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for contact in contacts
        if contact["next_touch_due"] is not None and contact["stage"] != Stage.closed
    ]
    insert_rows(session, Reminder, rows)


def kept_in_touch(session: Session, *, reminder: Reminder) -> None:
    """Marking a keep-in-touch reminder done logs a touch (kind `note`), so the cadence restarts
    and the next reminder appears."""
    assert reminder.contact_id is not None and reminder.done_at is not None
    contact = session.get_one(Contact, reminder.contact_id)
    touch = Interaction(
        user_id=contact.user_id,
        contact_id=contact.id,
        kind=InteractionKind.note,
        occurred_at=reminder.done_at,
        summary=f"Kept in touch ({reminder.title})"[:5000],
    )
    session.add(touch)
    session.flush()
    touch_logged(session, contact=contact, touch=touch)


# --- who referred a contact --------------------------------------------------------------------


def referred_by_first_referrer(session: Session, *, referral: Referral, referred: Contact) -> None:
    """`referred_by_contact_id` names who referred the contact first: a new referral sets it only
    when nobody had."""
    if referred.referred_by_contact_id is None:
        referred.referred_by_contact_id = referral.referrer_contact_id
        session.flush()


def referred_by_after_deletion(session: Session, *, referral: Referral, referred: Contact) -> None:
    """When the referral behind `referred_by_contact_id` is deleted, it passes to the referrer of
    the oldest remaining referral (or null)."""
    if referred.referred_by_contact_id != referral.referrer_contact_id:
        return
    referred.referred_by_contact_id = session.scalar(
        select(Referral.referrer_contact_id)
        .where(Referral.referred_contact_id == referred.id)
        .order_by(Referral.created_at, Referral.id)
        .limit(1)
    )
    session.flush()
