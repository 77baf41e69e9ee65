"""The private calendar feed: its URL, rotation, and the iCalendar it serves, parsed back with
`icalendar` and checked field by field."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from icalendar import Calendar
from sqlalchemy import select

from rapport.accounts.models import User
from rapport.interviews.models import InterviewStatus, Medium
from rapport.reminders.models import ReminderKind, ReminderStatus
from tests.conftest import Account, assert_problem
from tests.fixtures.seed import add_interview, add_reminder

SOON = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)


def feed_url(account: Account) -> str:
    response = account.get("/api/v1/me/calendar")
    assert response.status_code == 200, response.text
    return response.json()["url"]


def feed_path(url: str) -> str:
    return url[url.index("/calendar/") :]


def fetch_feed(client: TestClient, account: Account) -> Calendar:
    response = client.get(feed_path(feed_url(account)))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar: Calendar) -> dict[str, object]:
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def make_contact(account: Account, **fields: object) -> dict:
    body = {"full_name": "Sam Rivera", **fields}
    response = account.post("/api/v1/contacts", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def test_the_feed_url_is_stable_and_under_the_public_url(alice: Account, app: FastAPI) -> None:
    first = alice.get("/api/v1/me/calendar").json()
    second = alice.get("/api/v1/me/calendar").json()
    assert first == second
    public = app.state.settings.resolved_public_url
    assert first["url"].startswith(f"{public}/calendar/") and first["url"].endswith(".ics")
    assert first["webcal_url"] == "webcal://" + first["url"].split("://", 1)[1]


def test_only_the_hash_of_the_feed_token_is_stored(alice: Account, app: FastAPI) -> None:
    token = feed_path(feed_url(alice)).removeprefix("/calendar/").removesuffix(".ics")
    with app.state.db.sessionmaker() as session:
        user = session.scalars(select(User).where(User.id == uuid.UUID(alice.user_id))).one()
        stored = [str(value) for value in session.execute(select(User.__table__)).one()]
    assert user.calendar_feed_hash == hashlib.sha256(token.encode()).hexdigest()
    assert not any(token in value for value in stored)


def test_scheduled_interview_is_an_event_with_every_field(
    alice: Account, client: TestClient, app: FastAPI
) -> None:
    contact = make_contact(
        alice, organization="Genentech", title="Senior Scientist", email="sam@example.org"
    )
    interview_id = add_interview(
        app,
        user_id=alice.user_id,
        contact_id=contact["id"],
        scheduled_at=SOON,
        duration_minutes=45,
        medium=Medium.video,
        location="https://meet.example.org/abc-defg",
        goals="Learn how she moved from postdoc to industry; ask about team culture.",
    )
    event = events(fetch_feed(client, alice))[f"interview-{interview_id}@rapport"]
    assert event.decoded("dtstart") == SOON
    assert event.decoded("duration") == timedelta(minutes=45)
    assert str(event["summary"]) == "Informational interview: Sam Rivera"
    assert str(event["location"]) == "https://meet.example.org/abc-defg"
    public = app.state.settings.resolved_public_url
    assert str(event["url"]) == f"{public}/interviews/{interview_id}"
    assert str(event["description"]).splitlines() == [
        "With: Sam Rivera (Senior Scientist at Genentech)",
        "E-mail: sam@example.org",
        "How: Video call",
        "Link: https://meet.example.org/abc-defg",
        "Length: 45 minutes — stick to it.",
        "",
        "Goals:",
        "Learn how she moved from postdoc to industry; ask about team culture.",
        "",
        f"Open in Rapport: {public}/interviews/{interview_id}",
    ]
    assert str(event["status"]) == "CONFIRMED"
    assert event.decoded("created") is not None and event.decoded("dtstamp") is not None
    (alarm,) = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(minutes=-15)


def test_completed_interviews_are_in_the_feed_and_others_are_not(
    alice: Account, client: TestClient, app: FastAPI
) -> None:
    contact = make_contact(alice)
    ids = {
        status: add_interview(
            app,
            user_id=alice.user_id,
            contact_id=contact["id"],
            scheduled_at=SOON - timedelta(days=10),
            status=status,
            completed_at=SOON - timedelta(days=10) if status == InterviewStatus.completed else None,
        )
        for status in InterviewStatus
    }
    found = events(fetch_feed(client, alice))
    interviews = {uid for uid in found if uid.startswith("interview-")}
    assert interviews == {
        f"interview-{ids[InterviewStatus.scheduled]}@rapport",
        f"interview-{ids[InterviewStatus.completed]}@rapport",
    }
    completed = found[f"interview-{ids[InterviewStatus.completed]}@rapport"]
    assert str(completed["summary"]) == "Interview (done): Sam Rivera"
    assert completed.walk("VALARM") == []


def test_an_interview_without_a_time_is_not_in_the_feed(
    alice: Account, client: TestClient, app: FastAPI
) -> None:
    contact = make_contact(alice)
    add_interview(app, user_id=alice.user_id, contact_id=contact["id"], scheduled_at=None)
    assert events(fetch_feed(client, alice)) == {}


def test_open_reminders_are_events_with_an_alarm(
    alice: Account, client: TestClient, app: FastAPI
) -> None:
    contact = make_contact(alice, organization="Broad Institute")
    due = SOON + timedelta(hours=2)
    open_id = add_reminder(
        app,
        user_id=alice.user_id,
        contact_id=contact["id"],
        kind=ReminderKind.thank_you,
        title="Send a thank-you note to Sam Rivera",
        notes="Mention the paper she recommended, and the intro to Priya.",
        due_at=due,
    )
    done_id = add_reminder(
        app, user_id=alice.user_id, title="Done already", due_at=due, status=ReminderStatus.done
    )
    found = events(fetch_feed(client, alice))
    assert f"reminder-{done_id}@rapport" not in found
    event = found[f"reminder-{open_id}@rapport"]
    assert str(event["summary"]) == "Send a thank-you note to Sam Rivera"
    assert event.decoded("dtstart") == due
    assert event.decoded("duration") == timedelta(minutes=15)
    assert str(event["transp"]) == "TRANSPARENT"
    description = str(event["description"])
    assert "About: Sam Rivera (Broad Institute)" in description
    assert "Mention the paper she recommended, and the intro to Priya." in description
    public = app.state.settings.resolved_public_url
    assert str(event["url"]) == f"{public}/contacts/{contact['id']}"
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(0)
    assert str(alarm["description"]) == "Send a thank-you note to Sam Rivera"


def test_the_keep_in_touch_reminder_of_a_contact_is_in_the_feed(
    alice: Account, client: TestClient
) -> None:
    contact = make_contact(alice, keep_in_touch_days=30)
    found = events(fetch_feed(client, alice))
    (event,) = found.values()
    assert str(event["summary"]) == "Keep in touch with Sam Rivera"
    due = datetime.fromisoformat(contact["next_touch_due"])
    assert event.decoded("dtstart") == due.replace(microsecond=0)  # iCalendar has seconds


def test_uids_stay_the_same_across_fetches_and_edits(
    alice: Account, client: TestClient, app: FastAPI
) -> None:
    contact = make_contact(alice, keep_in_touch_days=30)
    first = fetch_feed(client, alice)
    alice.patch(f"/api/v1/contacts/{contact['id']}", json={"full_name": "Samantha Rivera"})
    second = fetch_feed(client, alice)
    assert events(first).keys() == events(second).keys()
    (before,) = events(first).values()
    (after,) = events(second).values()
    assert str(after["summary"]) == "Keep in touch with Samantha Rivera"
    assert after.decoded("sequence") > before.decoded("sequence")


def test_the_calendar_is_named_and_asks_for_hourly_refresh(
    alice: Account, client: TestClient
) -> None:
    calendar = fetch_feed(client, alice)
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"]) == "-//Rapport//Rapport calendar feed//EN"
    assert str(calendar["x-wr-calname"]) == "Rapport — Alice Ng"
    assert str(calendar["x-wr-timezone"]) == "UTC"
    assert calendar.decoded("refresh-interval") == timedelta(hours=1)


def test_the_feed_is_never_cached(alice: Account, client: TestClient) -> None:
    response = client.get(feed_path(feed_url(alice)))
    assert response.headers["cache-control"] == "no-store"


def test_another_users_data_is_not_in_your_feed(
    alice: Account, bob: Account, client: TestClient, app: FastAPI
) -> None:
    theirs = make_contact(bob, keep_in_touch_days=7)
    add_interview(app, user_id=bob.user_id, contact_id=theirs["id"], scheduled_at=SOON)
    assert events(fetch_feed(client, alice)) == {}
    assert len(events(fetch_feed(client, bob))) == 2


def test_rotating_makes_the_old_url_404_at_once(alice: Account, client: TestClient) -> None:
    old = feed_url(alice)
    assert client.get(feed_path(old)).status_code == 200
    rotated = alice.post("/api/v1/me/calendar/rotate")
    assert rotated.status_code == 200, rotated.text
    new = rotated.json()["url"]
    assert new != old
    assert_problem(client.get(feed_path(old)), 404)
    assert client.get(feed_path(new)).status_code == 200
    assert feed_url(alice) == new


def test_unknown_or_malformed_feed_tokens_are_404(client: TestClient, alice: Account) -> None:
    feed_url(alice)
    for token in ("A" * 43, "short", "x" * 500, "%2e%2e", "A" * 42 + "!"):
        assert_problem(client.get(f"/calendar/{token}.ics"), 404)
    assert_problem(client.get("/calendar/"), 404)


def test_a_feed_token_is_not_an_api_credential(alice: Account, client: TestClient) -> None:
    token = feed_path(feed_url(alice)).removeprefix("/calendar/").removesuffix(".ics")
    for url in ("/api/v1/me", "/api/v1/contacts", "/api/v1/me/calendar"):
        response = client.get(url, headers={"Authorization": f"Bearer {token}"})
        assert_problem(response, 401)


def test_a_personal_token_does_not_open_another_users_feed(
    alice: Account, bob: Account, client: TestClient
) -> None:
    assert_problem(client.get(f"/calendar/{alice.token}.ics"), 404)


def test_the_feed_url_needs_sign_in_and_rotation_needs_write(
    client: TestClient, alice: Account, app: FastAPI
) -> None:
    assert_problem(client.get("/api/v1/me/calendar"), 401)
    assert_problem(client.post("/api/v1/me/calendar/rotate"), 401)
    created = alice.post("/api/v1/me/tokens", json={"name": "read only", "scopes": ["read"]})
    reader = TestClient(app, headers={"Authorization": f"Bearer {created.json()['token']}"})
    url = reader.get("/api/v1/me/calendar").json()["url"]
    assert_problem(reader.post("/api/v1/me/calendar/rotate"), 403)
    assert feed_url(alice) == url


def test_a_changed_secret_key_invalidates_old_urls(alice: Account, app: FastAPI, settings) -> None:
    from rapport.main import create_app

    old = feed_url(alice)
    other = create_app(settings.model_copy(update={"secret_key": "another-secret-key-" * 3}))
    try:
        api = TestClient(other, headers={"Authorization": f"Bearer {alice.token}"})
        new = api.get("/api/v1/me/calendar").json()["url"]
        assert new != old
        assert_problem(api.get(feed_path(old)), 404)
        assert api.get(feed_path(new)).status_code == 200
    finally:
        other.state.db.dispose()
