"""`last_contacted_at` and `next_touch_due` are derived from the touches, always correct after
create, edit and delete; the keep-in-touch reminder follows them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from sqlalchemy import select

from rapport.reminders.models import Reminder, ReminderKind, ReminderStatus
from tests.conftest import Account, assert_problem
from tests.contacts.test_contacts import create


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def log(account: Account, contact_id: str, **body: object) -> dict:
    response = account.post(
        f"/api/v1/contacts/{contact_id}/interactions", json={"kind": "email", **body}
    )
    assert response.status_code == 201, response.text
    return response.json()


def contact(account: Account, contact_id: str) -> dict:
    return account.get(f"/api/v1/contacts/{contact_id}").json()


def open_keep_in_touch(app: FastAPI, contact_id: str) -> list[Reminder]:
    with app.state.db.sessionmaker() as session:
        return list(
            session.scalars(
                select(Reminder).where(
                    Reminder.contact_id == uuid.UUID(contact_id),
                    Reminder.kind == ReminderKind.keep_in_touch,
                    Reminder.status == ReminderStatus.open,
                )
            )
        )


def test_logging_a_touch_sets_last_contacted_and_resets_the_cadence(alice: Account) -> None:
    c = create(alice, keep_in_touch_days=30)
    touch = log(alice, c["id"], occurred_at="2026-11-01T15:00:00-05:00")
    after = contact(alice, c["id"])
    assert at(after["last_contacted_at"]) == at(touch["occurred_at"]) == at("2026-11-01T20:00:00Z")
    assert at(after["next_touch_due"]) == at("2026-12-01T20:00:00Z")


def test_without_touches_the_cadence_counts_from_creation(alice: Account) -> None:
    c = create(alice, keep_in_touch_days=10)
    assert at(c["next_touch_due"]) == at(c["created_at"]) + timedelta(days=10)


def test_an_older_touch_does_not_move_last_contacted_back(alice: Account) -> None:
    c = create(alice, keep_in_touch_days=30)
    log(alice, c["id"], occurred_at="2026-11-20T10:00:00Z")
    log(alice, c["id"], occurred_at="2026-03-01T10:00:00Z")
    assert at(contact(alice, c["id"])["last_contacted_at"]) == at("2026-11-20T10:00:00Z")


def test_editing_the_latest_touch_recomputes_the_dates(alice: Account) -> None:
    c = create(alice, keep_in_touch_days=7)
    log(alice, c["id"], occurred_at="2026-10-01T10:00:00Z")
    latest = log(alice, c["id"], occurred_at="2026-11-01T10:00:00Z")
    alice.patch(
        f"/api/v1/interactions/{latest['id']}", json={"occurred_at": "2026-09-01T10:00:00Z"}
    )
    after = contact(alice, c["id"])
    assert at(after["last_contacted_at"]) == at("2026-10-01T10:00:00Z")
    assert at(after["next_touch_due"]) == at("2026-10-08T10:00:00Z")


def test_deleting_touches_recomputes_down_to_none(alice: Account) -> None:
    c = create(alice, keep_in_touch_days=7)
    first = log(alice, c["id"], occurred_at="2026-10-01T10:00:00Z")
    second = log(alice, c["id"], occurred_at="2026-11-01T10:00:00Z")
    alice.delete(f"/api/v1/interactions/{second['id']}")
    assert at(contact(alice, c["id"])["last_contacted_at"]) == at(first["occurred_at"])
    alice.delete(f"/api/v1/interactions/{first['id']}")
    after = contact(alice, c["id"])
    assert after["last_contacted_at"] is None
    assert at(after["next_touch_due"]) == at(c["created_at"]) + timedelta(days=7)


def test_a_touch_far_in_the_future_is_refused(alice: Account) -> None:
    c = create(alice)
    future = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    assert_problem(
        alice.post(
            f"/api/v1/contacts/{c['id']}/interactions", json={"kind": "call", "occurred_at": future}
        ),
        422,
    )
    soon = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    assert (
        alice.post(
            f"/api/v1/contacts/{c['id']}/interactions", json={"kind": "call", "occurred_at": soon}
        ).status_code
        == 201
    )


def test_naive_times_are_refused(alice: Account) -> None:
    c = create(alice)
    response = alice.post(
        f"/api/v1/contacts/{c['id']}/interactions",
        json={"kind": "call", "occurred_at": "2026-11-01T10:00:00"},
    )
    assert_problem(response, 422)


def test_changing_or_removing_the_cadence_recomputes_next_touch(alice: Account) -> None:
    c = create(alice, keep_in_touch_days=30)
    log(alice, c["id"], occurred_at="2026-11-01T00:00:00Z")
    changed = alice.patch(f"/api/v1/contacts/{c['id']}", json={"keep_in_touch_days": 90}).json()
    assert at(changed["next_touch_due"]) == at("2027-01-30T00:00:00Z")
    removed = alice.patch(f"/api/v1/contacts/{c['id']}", json={"keep_in_touch_days": None}).json()
    assert removed["next_touch_due"] is None


def test_one_open_keep_in_touch_reminder_moves_with_each_touch(
    app: FastAPI, alice: Account
) -> None:
    c = create(alice, keep_in_touch_days=14)
    reminders = open_keep_in_touch(app, c["id"])
    assert len(reminders) == 1 and reminders[0].auto
    log(alice, c["id"], occurred_at="2026-11-10T09:00:00Z")
    log(alice, c["id"], occurred_at="2026-11-12T09:00:00Z")
    reminders = open_keep_in_touch(app, c["id"])
    assert len(reminders) == 1
    assert reminders[0].due_at == at("2026-11-26T09:00:00Z")
    alice.patch(f"/api/v1/contacts/{c['id']}", json={"keep_in_touch_days": None})
    assert open_keep_in_touch(app, c["id"]) == []


def test_closing_a_contact_removes_its_keep_in_touch_reminder(app: FastAPI, alice: Account) -> None:
    c = create(alice, keep_in_touch_days=14)
    alice.patch(f"/api/v1/contacts/{c['id']}", json={"stage": "closed"})
    assert open_keep_in_touch(app, c["id"]) == []


def test_an_outreach_touch_moves_an_identified_contact_to_reached_out(alice: Account) -> None:
    emailed = create(alice)
    log(alice, emailed["id"], kind="email")
    assert contact(alice, emailed["id"])["stage"] == "reached_out"
    noted = create(alice)
    log(alice, noted["id"], kind="note")
    assert contact(alice, noted["id"])["stage"] == "identified"
    later = create(alice, stage="interviewed")
    log(alice, later["id"], kind="email")
    assert contact(alice, later["id"])["stage"] == "interviewed"


def test_touches_are_listed_newest_first_in_pages(alice: Account) -> None:
    c = create(alice)
    for day in range(1, 6):
        log(
            alice,
            c["id"],
            kind="note",
            occurred_at=f"2026-11-0{day}T10:00:00Z",
            summary=f"day {day}",
        )
    first = alice.get(f"/api/v1/contacts/{c['id']}/interactions?limit=2").json()
    assert [t["summary"] for t in first["items"]] == ["day 5", "day 4"]
    second = alice.get(
        f"/api/v1/contacts/{c['id']}/interactions?limit=2&cursor={first['next_cursor']}"
    ).json()
    assert [t["summary"] for t in second["items"]] == ["day 3", "day 2"]


def test_touch_fields_are_validated_and_nothing_is_written(alice: Account) -> None:
    c = create(alice)
    for body in (
        {"kind": "telepathy"},
        {"kind": "email", "url": "not a url"},
        {"kind": "email", "summary": "x" * 5001},
        {"kind": "email", "contact_id": str(uuid.uuid4())},
        {},
    ):
        assert_problem(alice.post(f"/api/v1/contacts/{c['id']}/interactions", json=body), 422)
    assert alice.get(f"/api/v1/contacts/{c['id']}/interactions").json()["items"] == []
    assert contact(alice, c["id"])["stage"] == "identified"
