"""The private calendar feed: a secret URL per user serving interviews and open reminders as
RFC 5545 iCalendar, for Google, Apple and Outlook calendars to subscribe to.

The feed token is never stored. It is derived as HMAC(secret key, user id + nonce), so the
settings screen can show the URL at any time, while the database only keeps the SHA-256 of the
token to find its user. Rotating picks a new nonce: the old URL stops working at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.config import Settings
from rapport.contacts.models import Contact
from rapport.db import utcnow
from rapport.interviews.models import Interview, InterviewStatus, Medium
from rapport.reminders.models import Reminder, ReminderStatus

# icalendar (with dateutil, about 3 MB a process) is imported by the functions that write the
# feed: only the feed's own requests need it.
if TYPE_CHECKING:
    from icalendar import Alarm, Event

# The first URL of an account is derived from this nonce, so two first requests racing for it
# agree; every rotation replaces it with a random one.
INITIAL_NONCE = "initial"
FEED_PATH = "/calendar/{token}.ics"
# How far back the feed reaches; everything ahead is always in it.
HISTORY = timedelta(days=365)
MAX_EVENTS = 5_000
INTERVIEW_ALARM = timedelta(minutes=-15)
REMINDER_LENGTH = timedelta(minutes=15)
PRODID = "-//Rapport//Rapport calendar feed//EN"
UID_DOMAIN = "rapport"
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{43}")
_MEDIUM_LABELS = {
    Medium.video: "Video call",
    Medium.phone: "Phone call",
    Medium.in_person: "In person",
}


def derive_token(user: User, secret_key: str) -> str:
    """The feed token of this user with their current nonce (43 URL-safe characters)."""
    nonce = user.calendar_feed_nonce or INITIAL_NONCE
    digest = hmac.new(
        secret_key.encode(), f"calendar-feed:{user.id}:{nonce}".encode(), hashlib.sha256
    ).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def feed_url(token: str, settings: Settings) -> str:
    return settings.resolved_public_url + FEED_PATH.format(token=token)


def current_token(session: Session, *, user: User, secret_key: str) -> str:
    """The user's feed token, enabling the feed on first use (and re-deriving the stored hash if
    the secret key changed, which invalidates every old URL)."""
    if user.calendar_feed_nonce is None:
        user.calendar_feed_nonce = INITIAL_NONCE
    token = derive_token(user, secret_key)
    if user.calendar_feed_hash != hash_token(token):
        user.calendar_feed_hash = hash_token(token)
        session.flush()
    return token


def rotate(session: Session, *, user: User, secret_key: str) -> str:
    """A new feed URL; the old one answers 404 from now on."""
    user.calendar_feed_nonce = secrets.token_hex(16)
    token = derive_token(user, secret_key)
    user.calendar_feed_hash = hash_token(token)
    session.flush()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    if not _TOKEN_SHAPE.fullmatch(token):
        return None
    return session.scalars(
        select(User).where(User.calendar_feed_hash == hash_token(token))
    ).one_or_none()


# --- the feed ----------------------------------------------------------------------------------


def interview_uid(interview_id: uuid.UUID) -> str:
    return f"interview-{interview_id}@{UID_DOMAIN}"


def reminder_uid(reminder_id: uuid.UUID) -> str:
    return f"reminder-{reminder_id}@{UID_DOMAIN}"


def _is_link(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def _person(contact: Contact) -> str:
    role = " at ".join(part for part in (contact.title, contact.organization) if part)
    return f"{contact.full_name} ({role})" if role else contact.full_name


def _event(uid: str, source: Interview | Reminder, *, stamp: datetime, start: datetime) -> Event:
    """An event with what each of ours carries: a stable UID, and its source's creation, last
    change and version, so calendar apps update it in place."""
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("created", source.created_at)
    event.add("last-modified", source.updated_at)
    event.add("sequence", source.version)
    event.add("dtstart", start)
    return event


def _alarm(description: str, trigger: timedelta) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", description)
    alarm.add("trigger", trigger)
    return alarm


def _interview_event(
    interview: Interview, contact: Contact, *, app_url: str, stamp: datetime
) -> Event:
    assert interview.scheduled_at is not None
    link = f"{app_url}/interviews/{interview.id}"
    done = interview.status == InterviewStatus.completed
    event = _event(
        interview_uid(interview.id), interview, stamp=stamp, start=interview.scheduled_at
    )
    event.add("duration", timedelta(minutes=interview.duration_minutes))
    event.add(
        "summary",
        f"{'Informational interview' if not done else 'Interview (done)'}: {contact.full_name}",
    )
    if interview.location:
        event.add("location", interview.location)
    lines = [f"With: {_person(contact)}"]
    if contact.email:
        lines.append(f"E-mail: {contact.email}")
    if contact.phone:
        lines.append(f"Phone: {contact.phone}")
    lines.append(f"How: {_MEDIUM_LABELS.get(interview.medium, interview.medium.value)}")
    if interview.location:
        lines.append(f"{'Link' if _is_link(interview.location) else 'Where'}: {interview.location}")
    lines.append(f"Length: {interview.duration_minutes} minutes — stick to it.")
    if interview.goals:
        lines += ["", "Goals:", interview.goals]
    lines += ["", f"Open in Rapport: {link}"]
    event.add("description", "\n".join(lines))
    event.add("url", link)
    event.add("status", "CONFIRMED")
    event.add("categories", ["Rapport", "Interview"])
    event.add("class", "PRIVATE")
    if not done:
        event.add_component(
            _alarm(f"Interview with {contact.full_name} in 15 minutes", INTERVIEW_ALARM)
        )
    return event


def _reminder_event(
    reminder: Reminder, contact: Contact | None, *, app_url: str, stamp: datetime
) -> Event:
    link = f"{app_url}/contacts/{contact.id}" if contact is not None else f"{app_url}/reminders"
    event = _event(reminder_uid(reminder.id), reminder, stamp=stamp, start=reminder.due_at)
    event.add("duration", REMINDER_LENGTH)
    event.add("summary", reminder.title)
    lines = []
    if contact is not None:
        lines.append(f"About: {_person(contact)}")
    if reminder.notes:
        lines.append(reminder.notes)
    lines.append(f"Open in Rapport: {link}")
    event.add("description", "\n".join(lines))
    event.add("url", link)
    event.add("categories", ["Rapport", "Reminder"])
    event.add("class", "PRIVATE")
    # A reminder does not block time in the calendar.
    event.add("transp", "TRANSPARENT")
    event.add_component(_alarm(reminder.title, timedelta(0)))
    return event


def build_feed(session: Session, *, user: User, settings: Settings) -> bytes:
    """The user's calendar: scheduled and completed interviews from the past year on, and open
    reminders from the past year on, each with a stable UID so calendar apps update events in
    place instead of duplicating them."""
    now = utcnow()
    since = now - HISTORY
    app_url = settings.resolved_public_url
    interviews = session.execute(
        select(Interview, Contact)
        .join(Contact, Contact.id == Interview.contact_id)
        .where(
            Interview.user_id == user.id,
            Interview.status.in_([InterviewStatus.scheduled, InterviewStatus.completed]),
            Interview.scheduled_at.is_not(None),
            Interview.scheduled_at >= since,
        )
        .order_by(Interview.scheduled_at, Interview.id)
        .limit(MAX_EVENTS)
    ).all()
    reminders = session.execute(
        select(Reminder, Contact)
        .outerjoin(Contact, Contact.id == Reminder.contact_id)
        .where(
            Reminder.user_id == user.id,
            Reminder.status == ReminderStatus.open,
            Reminder.due_at >= since,
        )
        .order_by(Reminder.due_at, Reminder.id)
        .limit(MAX_EVENTS)
    ).all()

    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"Rapport — {user.name}")
    calendar.add("x-wr-caldesc", "Informational interviews and reminders from Rapport")
    calendar.add("x-wr-timezone", user.timezone)
    calendar.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    for interview, contact in interviews:
        calendar.add_component(_interview_event(interview, contact, app_url=app_url, stamp=now))
    for reminder, contact in reminders:
        calendar.add_component(_reminder_event(reminder, contact, app_url=app_url, stamp=now))
    return bytes(calendar.to_ical())
