"""Reminders: manual CRUD and filters, and the keep-in-touch reminder that follows each contact's
cadence (SPEC §3)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI

from rapport.db import utcnow
from tests.conftest import Account, assert_problem
from tests.fixtures.workflow import (
    ago,
    at,
    contact,
    get_contact,
    interview,
    patch_interview,
    referral,
    reminders,
    soon,
    touch,
)
from tests.platform.test_ownership_walk import snapshot


def create(account: Account, **fields: Any) -> dict[str, Any]:
    response = account.post(
        "/api/v1/reminders", json={"title": "Do it", "due_at": soon(days=1), **fields}
    )
    assert response.status_code == 201, response.text
    return response.json()


def keep_in_touch(account: Account, contact_id: str) -> list[dict[str, Any]]:
    return reminders(account, contact_id=contact_id, kind="keep_in_touch", status="open")


def keep_in_touch_marked_done(account: Account) -> tuple[dict[str, Any], dict[str, Any]]:
    """A contact with a 30-day cadence, and its keep-in-touch reminder, just marked done."""
    c = contact(account, keep_in_touch_days=30)
    [reminder] = keep_in_touch(account, c["id"])
    done = account.patch(f"/api/v1/reminders/{reminder['id']}", json={"status": "done"})
    assert done.status_code == 200, done.text
    return c, reminder


def test_create_answers_201_with_location_and_a_manual_open_reminder(alice: Account) -> None:
    response = alice.post(
        "/api/v1/reminders",
        json={"title": "Share the conference link", "due_at": "2030-01-01T09:00:00-05:00"},
    )
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"/api/v1/reminders/{body['id']}"
    assert body["kind"] == "custom" and body["status"] == "open" and body["auto"] is False
    assert at(body["due_at"]) == at("2030-01-01T14:00:00Z")
    assert body["done_at"] is None


def test_reminders_are_listed_soonest_first(alice: Account) -> None:
    late = create(alice, due_at="2030-03-01T00:00:00Z")
    early = create(alice, due_at="2030-01-01T00:00:00Z")
    middle = create(alice, due_at="2030-02-01T00:00:00Z")
    assert [r["id"] for r in reminders(alice)] == [early["id"], middle["id"], late["id"]]


def test_reminders_filter_by_status_kind_contact_and_due_before(alice: Account) -> None:
    c = contact(alice)
    share = create(alice, kind="share", contact_id=c["id"], due_at="2030-01-01T00:00:00Z")
    event = create(alice, kind="event", due_at="2030-02-01T00:00:00Z")
    done = create(alice, due_at="2030-01-15T00:00:00Z")
    alice.patch(f"/api/v1/reminders/{done['id']}", json={"status": "done"})

    def ids(**params: Any) -> list[str]:
        return [r["id"] for r in reminders(alice, **params)]

    assert ids(kind="share") == [share["id"]]
    assert ids(contact_id=c["id"]) == [share["id"]]
    assert ids(status="done") == [done["id"]]
    assert ids(status="open", due_before="2030-01-20T00:00:00Z") == [share["id"]]
    assert event["id"] in ids(status="open")


def test_marking_done_sets_done_at_and_reopening_clears_it(alice: Account) -> None:
    r = create(alice)
    done = alice.patch(f"/api/v1/reminders/{r['id']}", json={"status": "done"}).json()
    assert done["status"] == "done"
    assert utcnow() - timedelta(minutes=1) < at(done["done_at"]) <= utcnow()
    reopened = alice.patch(f"/api/v1/reminders/{r['id']}", json={"status": "open"}).json()
    assert reopened["done_at"] is None


def test_snoozing_is_a_new_due_at(alice: Account) -> None:
    r = create(alice, due_at="2030-01-01T09:00:00Z")
    snoozed = alice.patch(f"/api/v1/reminders/{r['id']}", json={"due_at": "2030-01-03T09:00:00Z"})
    assert at(snoozed.json()["due_at"]) == at("2030-01-03T09:00:00Z")


def test_an_interview_reminder_takes_the_interviews_contact(alice: Account) -> None:
    c = contact(alice)
    i = interview(alice, c["id"])
    assert create(alice, interview_id=i["id"])["contact_id"] == c["id"]
    other = contact(alice)
    response = alice.post(
        "/api/v1/reminders",
        json={
            "title": "x",
            "due_at": soon(days=1),
            "interview_id": i["id"],
            "contact_id": other["id"],
        },
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "interview_id"


def test_a_reminder_for_another_users_contact_is_422_and_nothing_is_written(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    theirs = contact(bob)
    their_interview = interview(bob, theirs["id"])
    before = snapshot(app, alice.user_id)
    for field, value in (("contact_id", theirs["id"]), ("interview_id", their_interview["id"])):
        response = alice.post(
            "/api/v1/reminders", json={"title": "x", "due_at": soon(days=1), field: value}
        )
        assert assert_problem(response, 422)["errors"][0]["field"] == field
    assert snapshot(app, alice.user_id) == before


@pytest.mark.parametrize(
    "body",
    [
        {"title": "", "due_at": "2030-01-01T00:00:00Z"},
        {"title": "x" * 301, "due_at": "2030-01-01T00:00:00Z"},
        {"title": "x"},
        {"title": "x", "due_at": "2030-01-01T00:00:00"},
        {"title": "x", "due_at": "1800-01-01T00:00:00Z"},
        {"title": "x", "due_at": "2030-01-01T00:00:00Z", "kind": "nagging"},
        {"title": "x", "due_at": "2030-01-01T00:00:00Z", "auto": True},
        {"title": "x", "due_at": "2030-01-01T00:00:00Z", "status": "done"},
    ],
)
def test_bad_reminders_are_422(alice: Account, body: dict[str, Any]) -> None:
    assert_problem(alice.post("/api/v1/reminders", json=body), 422)
    assert reminders(alice) == []


def test_a_contact_with_a_cadence_has_one_open_keep_in_touch_reminder(alice: Account) -> None:
    c = contact(alice, keep_in_touch_days=30)
    found = keep_in_touch(alice, c["id"])
    assert len(found) == 1
    assert at(found[0]["due_at"]) == at(c["next_touch_due"])
    assert found[0]["auto"] is True


def test_a_second_keep_in_touch_reminder_for_a_contact_is_409(alice: Account) -> None:
    c = contact(alice, keep_in_touch_days=30)
    response = alice.post(
        "/api/v1/reminders",
        json={"kind": "keep_in_touch", "title": "x", "due_at": soon(days=1), "contact_id": c["id"]},
    )
    assert_problem(response, 409)
    assert len(keep_in_touch(alice, c["id"])) == 1


def test_a_keep_in_touch_reminder_needs_a_contact(alice: Account) -> None:
    response = alice.post(
        "/api/v1/reminders", json={"kind": "keep_in_touch", "title": "x", "due_at": soon(days=1)}
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "contact_id"


def test_marking_keep_in_touch_done_records_a_touch_and_restarts_the_cadence(
    alice: Account,
) -> None:
    c, reminder = keep_in_touch_marked_done(alice)
    touches = alice.get(f"/api/v1/contacts/{c['id']}/interactions").json()["items"]
    assert len(touches) == 1
    after = get_contact(alice, c["id"])
    assert at(after["last_contacted_at"]) == at(touches[0]["occurred_at"])
    assert at(after["next_touch_due"]) == at(touches[0]["occurred_at"]) + timedelta(days=30)
    [following] = keep_in_touch(alice, c["id"])
    assert following["id"] != reminder["id"]
    assert at(following["due_at"]) == at(after["next_touch_due"])


def test_marking_keep_in_touch_done_twice_records_one_touch(alice: Account) -> None:
    c, reminder = keep_in_touch_marked_done(alice)
    alice.patch(f"/api/v1/reminders/{reminder['id']}", json={"status": "done"})
    assert len(alice.get(f"/api/v1/contacts/{c['id']}/interactions").json()["items"]) == 1


def test_reopening_a_done_keep_in_touch_reminder_beside_the_next_one_is_409(
    alice: Account,
) -> None:
    _, reminder = keep_in_touch_marked_done(alice)
    assert_problem(alice.patch(f"/api/v1/reminders/{reminder['id']}", json={"status": "open"}), 409)


def test_the_cadence_reminder_cannot_be_dismissed_or_deleted(alice: Account) -> None:
    c = contact(alice, keep_in_touch_days=30)
    [reminder] = keep_in_touch(alice, c["id"])
    url = f"/api/v1/reminders/{reminder['id']}"
    assert_problem(alice.patch(url, json={"status": "dismissed"}), 409)
    assert_problem(alice.delete(url), 409)
    assert keep_in_touch(alice, c["id"]) == [reminder]


def test_logging_a_touch_moves_the_keep_in_touch_reminder(alice: Account) -> None:
    c = contact(alice, keep_in_touch_days=10)
    [reminder] = keep_in_touch(alice, c["id"])
    alice.patch(f"/api/v1/reminders/{reminder['id']}", json={"due_at": soon(days=40)})  # snooze
    touch(alice, c["id"], "email", occurred_at="2026-11-01T12:00:00Z")
    [moved] = keep_in_touch(alice, c["id"])
    assert moved["id"] == reminder["id"]
    assert at(moved["due_at"]) == at("2026-11-11T12:00:00Z")


def test_a_changed_cadence_moves_the_keep_in_touch_reminder(alice: Account) -> None:
    c = contact(alice, keep_in_touch_days=30)
    alice.patch(f"/api/v1/contacts/{c['id']}", json={"keep_in_touch_days": 7})
    [reminder] = keep_in_touch(alice, c["id"])
    assert at(reminder["due_at"]) == at(c["created_at"]) + timedelta(days=7)


def test_a_removed_cadence_removes_the_keep_in_touch_reminder(alice: Account) -> None:
    c = contact(alice, keep_in_touch_days=30)
    alice.patch(f"/api/v1/contacts/{c['id']}", json={"keep_in_touch_days": None})
    assert keep_in_touch(alice, c["id"]) == []
    assert get_contact(alice, c["id"])["next_touch_due"] is None


def test_closing_a_contact_removes_its_keep_in_touch_reminder(alice: Account) -> None:
    c = contact(alice, keep_in_touch_days=30)
    alice.patch(f"/api/v1/contacts/{c['id']}", json={"stage": "closed"})
    assert keep_in_touch(alice, c["id"]) == []


def test_a_touch_in_the_past_older_than_the_last_one_changes_nothing(alice: Account) -> None:
    c = contact(alice, keep_in_touch_days=30)
    touch(alice, c["id"], "call", occurred_at="2026-10-01T12:00:00Z")
    touch(alice, c["id"], "call", occurred_at="2026-06-01T12:00:00Z")
    [reminder] = keep_in_touch(alice, c["id"])
    assert at(reminder["due_at"]) == at("2026-10-31T12:00:00Z")


def test_a_touch_a_few_hours_in_the_future_counts_but_days_ahead_is_refused(
    alice: Account,
) -> None:
    c = contact(alice, keep_in_touch_days=30)
    later_today = utcnow() + timedelta(hours=5)
    ok = alice.post(
        f"/api/v1/contacts/{c['id']}/interactions",
        json={"kind": "meeting", "occurred_at": later_today.isoformat()},
    )
    assert ok.status_code == 201
    [reminder] = keep_in_touch(alice, c["id"])
    assert at(reminder["due_at"]) == at(ok.json()["occurred_at"]) + timedelta(days=30)
    too_far = alice.post(
        f"/api/v1/contacts/{c['id']}/interactions",
        json={"kind": "meeting", "occurred_at": soon(days=3)},
    )
    assert_problem(too_far, 422)
    assert keep_in_touch(alice, c["id"]) == [reminder]


def test_deleting_a_contact_deletes_its_interviews_reminders_and_referrals(
    alice: Account,
) -> None:
    referrer = contact(alice, full_name="Referrer", keep_in_touch_days=30)
    i = interview(alice, referrer["id"], scheduled_at=ago(days=1))
    patch_interview(alice, i["id"], status="completed")
    manual = create(alice, contact_id=referrer["id"])
    gave = referral(alice, referrer_contact_id=referrer["id"], referred={"full_name": "Kept One"})
    got = referral(
        alice,
        referrer_contact_id=contact(alice, full_name="Other")["id"],
        referred_contact_id=referrer["id"],
    )
    assert alice.delete(f"/api/v1/contacts/{referrer['id']}").status_code == 204
    assert alice.get(f"/api/v1/interviews/{i['id']}").status_code == 404
    assert alice.get(f"/api/v1/reminders/{manual['id']}").status_code == 404
    assert reminders(alice, contact_id=referrer["id"]) == []
    assert reminders(alice, interview_id=i["id"]) == []
    for made in (gave, got):
        assert alice.get(f"/api/v1/referrals/{made['id']}").status_code == 404
    kept = get_contact(alice, gave["referred_contact_id"])
    assert kept["referred_by_contact_id"] is None
