"""`POST /shortcuts/log` and `GET /shortcuts/due`: what a phone shortcut calls."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fastapi import FastAPI
from fastapi.testclient import TestClient

from rapport.contacts.models import Stage
from rapport.reminders.models import ReminderKind, ReminderStatus
from tests.conftest import Account, assert_problem
from tests.fixtures.seed import add_reminder


def contact(account: Account, **fields: object) -> dict:
    response = account.post("/api/v1/contacts", json={"full_name": "Sam Rivera", **fields})
    assert response.status_code == 201, response.text
    return response.json()


def log(account: Account, **body: object) -> dict:
    response = account.post("/api/v1/shortcuts/log", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def all_contacts(account: Account) -> list[dict]:
    return account.get("/api/v1/contacts", params={"limit": 200}).json()["items"]


# --- quick log -------------------------------------------------------------------------------


def test_logging_by_name_finds_the_contact_ignoring_case(alice: Account) -> None:
    sam = contact(alice, keep_in_touch_days=30)
    response = alice.post(
        "/api/v1/shortcuts/log",
        json={"contact": "  sam RIVERA ", "kind": "call", "summary": "Chat"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["contact_created"] is False and body["contact"]["id"] == sam["id"]
    assert response.headers["location"] == f"/api/v1/interactions/{body['interaction']['id']}"
    assert body["interaction"]["kind"] == "call" and body["interaction"]["summary"] == "Chat"
    assert body["message"].startswith("Logged a call with Sam Rivera. Next touch due ")
    fresh = alice.get(f"/api/v1/contacts/{sam['id']}").json()
    assert fresh["last_contacted_at"] == body["interaction"]["occurred_at"]
    assert fresh["stage"] == "reached_out"  # a call is outreach
    assert len(all_contacts(alice)) == 1


def test_logging_by_email_finds_the_contact_ignoring_case(alice: Account) -> None:
    sam = contact(alice, email="sam.rivera@example.org")
    body = log(alice, contact="Sam.Rivera@EXAMPLE.org", kind="email")
    assert body["contact"]["id"] == sam["id"] and body["contact_created"] is False


def test_an_unknown_name_creates_the_contact_with_the_default_cadence(alice: Account) -> None:
    alice.patch("/api/v1/me", json={"settings": {"default_keep_in_touch_days": 60}})
    body = log(alice, contact="Priya Raman", kind="meeting", summary="Coffee at ASCB ☕")
    assert body["contact_created"] is True
    assert body["contact"]["full_name"] == "Priya Raman"
    assert body["contact"]["keep_in_touch_days"] == 60
    assert "(New contact.)" in body["message"]
    (created,) = all_contacts(alice)
    assert created["last_contacted_at"] is not None and created["next_touch_due"] is not None


def test_an_unknown_email_creates_the_contact_with_the_given_name(alice: Account) -> None:
    body = log(alice, contact="priya@broad.example.org", name="Priya Raman")
    assert body["contact"]["full_name"] == "Priya Raman"
    assert body["contact"]["email"] == "priya@broad.example.org"
    assert log(alice, contact="PRIYA@broad.example.org")["contact_created"] is False


def test_create_false_answers_404_for_nobody_and_writes_nothing(alice: Account) -> None:
    response = alice.post("/api/v1/shortcuts/log", json={"contact": "Nobody", "create": False})
    assert_problem(response, 404)
    assert all_contacts(alice) == []


def test_two_contacts_with_the_same_name_are_409_and_nothing_is_logged(alice: Account) -> None:
    first = contact(alice, email="sam1@example.org")
    contact(alice, email="sam2@example.org")
    body = assert_problem(alice.post("/api/v1/shortcuts/log", json={"contact": "Sam Rivera"}), 409)
    assert "sam1@example.org" in body["detail"] and "sam2@example.org" in body["detail"]
    touches = alice.get(f"/api/v1/contacts/{first['id']}/interactions").json()["items"]
    assert touches == []


def test_a_retry_with_the_same_idempotency_key_logs_once(alice: Account) -> None:
    headers = {"Idempotency-Key": "shortcut-2026-11-28-001"}
    body = {"contact": "Brand New Person", "kind": "call"}
    first = alice.post("/api/v1/shortcuts/log", json=body, headers=headers)
    second = alice.post("/api/v1/shortcuts/log", json=body, headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    (created,) = all_contacts(alice)
    touches = alice.get(f"/api/v1/contacts/{created['id']}/interactions").json()["items"]
    assert len(touches) == 1


def test_bad_input_is_422_and_writes_nothing(alice: Account) -> None:
    tomorrow_and_more = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    for body in (
        {},
        {"contact": ""},
        {"contact": "   "},
        {"contact": "sam@"},
        {"contact": "x" * 255},
        {"contact": "Sam", "kind": "telepathy"},
        {"contact": "Sam", "occurred_at": "2026-11-28T10:00:00"},
        {"contact": "Sam", "occurred_at": tomorrow_and_more},
        {"contact": "Sam", "create": "yes"},
        {"contact": "Sam", "surprise": 1},
    ):
        assert_problem(alice.post("/api/v1/shortcuts/log", json=body), 422)
    assert all_contacts(alice) == []
    response = alice.post(
        "/api/v1/shortcuts/log", content=b"contact=Sam", headers={"content-type": "text/plain"}
    )
    assert_problem(response, 415)


def test_quick_log_needs_a_writer_and_stays_in_your_account(
    alice: Account, bob: Account, client: TestClient, app: FastAPI
) -> None:
    mine = contact(alice, email="sam@example.org")
    assert_problem(client.post("/api/v1/shortcuts/log", json={"contact": "Sam Rivera"}), 401)
    token = alice.post("/api/v1/me/tokens", json={"name": "r", "scopes": ["read"]}).json()
    reader = TestClient(app, headers={"Authorization": f"Bearer {token['token']}"})
    assert_problem(reader.post("/api/v1/shortcuts/log", json={"contact": "Sam Rivera"}), 403)
    theirs = log(bob, contact="sam@example.org")
    assert theirs["contact_created"] is True and theirs["contact"]["id"] != mine["id"]
    assert alice.get(f"/api/v1/contacts/{mine['id']}/interactions").json()["items"] == []


# --- due today -------------------------------------------------------------------------------


def local_day(zone: str) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    today = datetime.now(tz).date()
    start = datetime.combine(today, time(0), tzinfo=tz)
    return start, datetime.combine(today + timedelta(days=1), time(0), tzinfo=tz)


def test_due_lists_todays_and_overdue_reminders_but_not_tomorrows(
    make_account, app: FastAPI
) -> None:
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        account = make_account("Dana Okafor", timezone=zone)
        start, end = local_day(zone)
        sam = contact(account)
        ids = {
            "overdue": add_reminder(
                app,
                user_id=account.user_id,
                title="Overdue thank-you",
                due_at=start - timedelta(days=2),
                contact_id=sam["id"],
                kind=ReminderKind.thank_you,
            ),
            "late today": add_reminder(
                app, user_id=account.user_id, title="Late today", due_at=end - timedelta(minutes=1)
            ),
            "tomorrow": add_reminder(
                app, user_id=account.user_id, title="Tomorrow", due_at=end + timedelta(minutes=1)
            ),
            "done": add_reminder(
                app, user_id=account.user_id, title="Done", due_at=start, status=ReminderStatus.done
            ),
        }
        response = account.get("/api/v1/shortcuts/due")
        assert response.status_code == 200, response.text
        due = response.json()
        assert due["date"] == start.date().isoformat() and due["timezone"] == zone
        assert [r["id"] for r in due["reminders"]] == [ids["overdue"], ids["late today"]]
        assert [r["overdue"] for r in due["reminders"]] == [True, False]
        assert due["reminders"][0]["contact_name"] == "Sam Rivera"
        assert due["reminders_total"] == 2
        assert "• Overdue thank-you (overdue since" in due["text"]
        assert "• Late today" in due["text"] and "Tomorrow" not in due["text"]


def test_due_lists_contacts_due_for_a_touch_with_their_reminder(
    alice: Account, app: FastAPI
) -> None:
    due_now = contact(alice, full_name="Overdue Olga", organization="CERN", keep_in_touch_days=1)
    contact(alice, full_name="Later Lars", keep_in_touch_days=30)
    closed = contact(alice, full_name="Closed Chris", keep_in_touch_days=1)
    alice.patch(f"/api/v1/contacts/{closed['id']}", json={"stage": Stage.closed.value})
    # Make Olga's touch a week overdue.
    from sqlalchemy import update

    from rapport.contacts.models import Contact

    week_ago = datetime.now(UTC) - timedelta(days=7)
    with app.state.db.sessionmaker() as session, session.begin():
        session.execute(
            update(Contact)
            .where(Contact.full_name.in_(["Overdue Olga", "Closed Chris"]))
            .values(next_touch_due=week_ago)
        )
    due = alice.get("/api/v1/shortcuts/due").json()
    (touch,) = due["touches"]
    assert touch["contact_id"] == due_now["id"] and touch["overdue"] is True
    assert touch["organization"] == "CERN"
    assert due["reminders"] == []  # keep-in-touch reminders are listed as touches
    assert "• Keep in touch: Overdue Olga, CERN (overdue since" in due["text"]
    done = alice.patch(f"/api/v1/reminders/{touch['reminder_id']}", json={"status": "done"})
    assert done.status_code == 200, done.text
    assert alice.get("/api/v1/shortcuts/due").json()["touches"] == []


def test_due_respects_the_limit_and_counts_the_rest(alice: Account, app: FastAPI) -> None:
    start, _ = local_day("UTC")
    for index in range(5):
        add_reminder(
            app,
            user_id=alice.user_id,
            title=f"Reminder {index}",
            due_at=start - timedelta(hours=index),
        )
    due = alice.get("/api/v1/shortcuts/due", params={"limit": 2}).json()
    assert len(due["reminders"]) == 2 and due["reminders_total"] == 5
    assert due["text"].endswith("… and 3 more in Rapport.")
    assert_problem(alice.get("/api/v1/shortcuts/due", params={"limit": 0}), 422)
    assert_problem(alice.get("/api/v1/shortcuts/due", params={"limit": 101}), 422)


def test_nothing_due_says_so(alice: Account) -> None:
    due = alice.get("/api/v1/shortcuts/due").json()
    assert due["reminders"] == [] and due["touches"] == []
    assert due["text"].endswith("nothing is due.")


def test_due_shows_only_your_own_and_needs_sign_in(
    alice: Account, bob: Account, client: TestClient, app: FastAPI
) -> None:
    start, _ = local_day("UTC")
    add_reminder(app, user_id=bob.user_id, title="Bob's", due_at=start)
    assert alice.get("/api/v1/shortcuts/due").json()["reminders"] == []
    assert_problem(client.get("/api/v1/shortcuts/due"), 401)
    feed = alice.get("/api/v1/me/calendar").json()["url"]
    token = feed.rsplit("/", 1)[1].removesuffix(".ics")
    assert_problem(
        client.get("/api/v1/shortcuts/due", headers={"Authorization": f"Bearer {token}"}), 401
    )
