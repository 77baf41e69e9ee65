"""Listing interviews (order, filters, keyset pages), ownership, and a contact's timeline."""

from __future__ import annotations

from fastapi import FastAPI

from tests.conftest import Account, assert_problem
from tests.fixtures.workflow import contact, interview, soon, touch
from tests.platform.test_ownership_walk import snapshot


def all_pages(account: Account, url: str, **params: object) -> list[dict]:
    items: list[dict] = []
    cursor = None
    while True:
        query = {**params, "limit": 2, **({"cursor": cursor} if cursor else {})}
        response = account.get(url, params=query)
        assert response.status_code == 200, response.text
        items += response.json()["items"]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items


def test_interviews_are_listed_by_time_with_unscheduled_ones_last(alice: Account) -> None:
    c = contact(alice)
    later = interview(alice, c["id"], scheduled_at="2030-05-02T10:00:00Z")
    untimed_a = interview(alice, c["id"])
    sooner = interview(alice, c["id"], scheduled_at="2030-05-01T10:00:00Z")
    untimed_b = interview(alice, c["id"], status="cancelled")
    listed = [i["id"] for i in all_pages(alice, "/api/v1/interviews")]
    untimed = sorted([untimed_a["id"], untimed_b["id"]])
    assert listed == [sooner["id"], later["id"], *untimed]


def test_interviews_filter_by_status_contact_and_time_window(alice: Account) -> None:
    first, second = contact(alice), contact(alice)
    a = interview(alice, first["id"], scheduled_at="2030-01-10T10:00:00Z")
    b = interview(alice, second["id"], scheduled_at="2030-01-20T10:00:00Z")
    c = interview(alice, second["id"], status="cancelled", scheduled_at="2030-01-30T10:00:00Z")

    def ids(**params: object) -> list[str]:
        return [i["id"] for i in alice.get("/api/v1/interviews", params=params).json()["items"]]

    assert ids(contact_id=second["id"]) == [b["id"], c["id"]]
    assert ids(status="cancelled") == [c["id"]]
    assert ids(**{"from": "2030-01-15T00:00:00Z"}) == [b["id"], c["id"]]
    assert ids(to="2030-01-20T10:00:00Z") == [a["id"]]
    assert ids(**{"from": "2030-01-15T00:00:00+00:00", "to": "2030-01-25T00:00:00Z"}) == [b["id"]]


def test_a_time_filter_without_an_offset_is_422(alice: Account) -> None:
    assert_problem(alice.get("/api/v1/interviews", params={"from": "2030-01-01T00:00:00"}), 422)


def test_an_interview_with_another_users_contact_is_422_and_nothing_is_written(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    theirs = contact(bob)
    before = snapshot(app, alice.user_id)
    bobs_before = snapshot(app, bob.user_id)
    response = alice.post(
        "/api/v1/interviews", json={"contact_id": theirs["id"], "scheduled_at": soon(days=1)}
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "contact_id"
    assert snapshot(app, alice.user_id) == before
    assert snapshot(app, bob.user_id) == bobs_before


def test_lists_show_only_your_own_interviews(alice: Account, bob: Account) -> None:
    interview(bob, contact(bob)["id"])
    assert alice.get("/api/v1/interviews").json()["items"] == []


def test_the_timeline_merges_touches_and_interviews_newest_first(alice: Account) -> None:
    c = contact(alice)
    old_touch = touch(alice, c["id"], "email", occurred_at="2026-01-05T10:00:00Z")
    done = interview(alice, c["id"], status="completed", completed_at="2026-02-01T10:00:00Z")
    new_touch = touch(alice, c["id"], "note", occurred_at="2026-03-01T10:00:00Z")
    upcoming = interview(alice, c["id"], scheduled_at="2030-01-01T10:00:00Z")
    entries = all_pages(alice, f"/api/v1/contacts/{c['id']}/timeline")
    assert [(e["type"], (e["touch"] or e["interview"])["id"]) for e in entries] == [
        ("interview", upcoming["id"]),
        ("touch", new_touch["id"]),
        ("interview", done["id"]),
        ("touch", old_touch["id"]),
    ]
    assert entries[2]["touch"] is None and entries[2]["interview"]["status"] == "completed"


def test_another_users_timeline_is_404(alice: Account, bob: Account) -> None:
    theirs = contact(bob)
    assert_problem(alice.get(f"/api/v1/contacts/{theirs['id']}/timeline"), 404)


def test_times_must_be_rfc3339_strings_not_numbers(alice: Account) -> None:
    for params in ({"to": "0.5"}, {"from": "1700000000"}, {"to": "2030-01-01"}):
        assert_problem(alice.get("/api/v1/interviews", params=params), 422)
    assert_problem(alice.get("/api/v1/reminders", params={"due_before": "12"}), 422)
    c = contact(alice)
    response = alice.post("/api/v1/interviews", json={"contact_id": c["id"], "scheduled_at": 1.5})
    assert_problem(response, 422)
    response = alice.post("/api/v1/reminders", json={"title": "x", "due_at": 1900000000})
    assert_problem(response, 422)
