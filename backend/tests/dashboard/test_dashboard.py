"""The dashboard's numbers against a hand-built account, days and weeks in the user's time
zone, and a fixed number of queries whatever the account's size."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI

from rapport.db import utcnow
from tests.conftest import Account
from tests.fixtures.workflow import (
    ago,
    at,
    contact,
    interview,
    iso,
    referral,
    soon,
)
from tests.statements import counting

# Between them, at any moment one of these zones is on a different date than UTC.
FAR_ZONES = ["Pacific/Kiritimati", "Pacific/Pago_Pago"]


def dashboard(account: Account) -> dict[str, Any]:
    response = account.get("/api/v1/dashboard")
    assert response.status_code == 200, response.text
    return response.json()


def touch(account: Account, contact_id: str, when: str, kind: str = "note") -> None:
    response = account.post(
        f"/api/v1/contacts/{contact_id}/interactions", json={"kind": kind, "occurred_at": when}
    )
    assert response.status_code == 201, response.text


def local_at(zone: ZoneInfo, day: date, hour: int, minute: int) -> str:
    return iso(datetime.combine(day, time(hour, minute), tzinfo=zone))


def monday_of(moment: datetime, zone: ZoneInfo) -> str:
    day = moment.astimezone(zone).date()
    return (day - timedelta(days=day.weekday())).isoformat()


def test_a_new_account_counts_every_stage_as_zero(alice: Account) -> None:
    body = dashboard(alice)
    assert body["stage_counts"] == {
        "identified": 0,
        "reached_out": 0,
        "scheduled": 0,
        "interviewed": 0,
        "keep_in_touch": 0,
        "closed": 0,
    }
    assert body["upcoming_interviews"] == body["due_reminders"] == body["overdue_contacts"] == []
    assert len(body["weekly_activity"]) == 12
    assert all(w["touches"] == w["interviews"] == 0 for w in body["weekly_activity"])
    assert body["referral_yield"]["referrals_per_completed_interview"] is None


def test_the_dashboard_numbers_match_a_hand_built_account(make_account: Any, bob: Account) -> None:
    zone = ZoneInfo("America/New_York")
    me = make_account("Dash Student", timezone="America/New_York")
    contact(me, full_name="A Identified")
    b = contact(me, full_name="B Overdue", keep_in_touch_days=30)
    b_touch = ago(days=40)
    touch(me, b["id"], b_touch, kind="email")  # reached_out; next touch was due 10 days ago
    c = contact(me, full_name="C Soon")
    c_interview = interview(me, c["id"], scheduled_at=soon(days=3), location="Zoom")
    d = contact(me, full_name="D Later")
    interview(me, d["id"], scheduled_at=soon(days=20))
    e = contact(me, full_name="E Done")
    completed = interview(me, e["id"], status="completed", completed_at=ago(hours=2))
    f = contact(me, full_name="F Closed", keep_in_touch_days=1, stage="closed")
    f_touch = ago(days=40)
    touch(me, f["id"], f_touch)
    g = contact(me, full_name="G Regular", keep_in_touch_days=7, stage="keep_in_touch")
    g_touch = ago(days=3)
    touch(me, g["id"], g_touch)
    referral(
        me,
        referrer_contact_id=e["id"],
        interview_id=completed["id"],
        referred={"full_name": "H New"},
    )
    overdue_manual = me.post(
        "/api/v1/reminders", json={"title": "Send the poster", "due_at": ago(days=2)}
    ).json()
    me.post("/api/v1/reminders", json={"title": "Too far", "due_at": soon(days=9)})
    finished = me.post("/api/v1/reminders", json={"title": "Done", "due_at": ago(days=1)}).json()
    me.patch(f"/api/v1/reminders/{finished['id']}", json={"status": "done"})
    # Another user's data never shows.
    contact(bob, full_name="Bob's", keep_in_touch_days=1)
    interview(bob, contact(bob)["id"], scheduled_at=soon(days=1))

    body = dashboard(me)

    assert body["timezone"] == "America/New_York"
    assert body["today"] == utcnow().astimezone(zone).date().isoformat()
    assert body["stage_counts"] == {
        "identified": 2,
        "reached_out": 1,
        "scheduled": 2,
        "interviewed": 1,
        "keep_in_touch": 1,
        "closed": 1,
    }
    assert [(i["id"], i["contact_name"], i["location"]) for i in body["upcoming_interviews"]] == [
        (c_interview["id"], "C Soon", "Zoom")
    ]
    due = [(r["kind"], r["contact_name"], r["overdue"]) for r in body["due_reminders"]]
    assert due == [
        ("keep_in_touch", "B Overdue", True),
        ("custom", None, True),
        ("thank_you", "E Done", False),
        ("keep_in_touch", "G Regular", False),
    ]
    assert body["due_reminders"][1]["id"] == overdue_manual["id"]
    assert [(o["full_name"], o["days_overdue"]) for o in body["overdue_contacts"]] == [
        ("B Overdue", 10)
    ]
    weeks = body["weekly_activity"]
    assert len(weeks) == 12
    mondays = [date.fromisoformat(w["week_start"]) for w in weeks]
    assert all(m.weekday() == 0 for m in mondays)
    assert all(
        later - earlier == timedelta(weeks=1) for earlier, later in itertools.pairwise(mondays)
    )
    assert weeks[-1]["week_start"] == monday_of(utcnow(), zone)
    expected_touches: dict[str, int] = {}
    for when in (b_touch, f_touch, g_touch):
        week = monday_of(at(when), zone)
        expected_touches[week] = expected_touches.get(week, 0) + 1
    assert {w["week_start"]: w["touches"] for w in weeks if w["touches"]} == expected_touches
    completed_week = monday_of(at(completed["completed_at"]), zone)
    assert {w["week_start"]: w["interviews"] for w in weeks if w["interviews"]} == {
        completed_week: 1
    }
    assert body["referral_yield"] == {
        "completed_interviews": 1,
        "referrals": 1,
        "referrals_per_completed_interview": 1.0,
        "referred_contacts": 1,
        "referred_interviewed": 0,
    }


@pytest.mark.parametrize("zone_name", FAR_ZONES)
def test_due_today_and_the_7_day_window_follow_the_users_time_zone(
    make_account: Any, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    me = make_account("Far Student", timezone=zone_name)
    today = utcnow().astimezone(zone).date()
    cases = {
        "yesterday late": local_at(zone, today - timedelta(days=1), 23, 30),
        "today early": local_at(zone, today, 0, 30),
        "today late": local_at(zone, today, 23, 30),
        "tomorrow early": local_at(zone, today + timedelta(days=1), 0, 30),
        "last day late": local_at(zone, today + timedelta(days=7), 23, 30),
        "past the window": local_at(zone, today + timedelta(days=8), 0, 30),
    }
    for title, due_at in cases.items():
        assert (
            me.post("/api/v1/reminders", json={"title": title, "due_at": due_at}).status_code == 201
        )
    body = dashboard(me)
    assert body["today"] == today.isoformat()
    flags = {r["title"]: r["due_today"] for r in body["due_reminders"]}
    assert flags == {
        "yesterday late": False,
        "today early": True,
        "today late": True,
        "tomorrow early": False,
        "last day late": False,
    }
    overdue = {r["title"]: r["overdue"] for r in body["due_reminders"]}
    assert overdue["yesterday late"] is True and overdue["tomorrow early"] is False


@pytest.mark.parametrize("zone_name", FAR_ZONES)
def test_weeks_start_on_monday_in_the_users_time_zone(make_account: Any, zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    me = make_account("Week Student", timezone=zone_name)
    today = utcnow().astimezone(zone).date()
    last_monday = today - timedelta(days=today.weekday()) - timedelta(weeks=1)
    c = contact(me)
    touch(me, c["id"], local_at(zone, last_monday, 0, 30))
    touch(me, c["id"], local_at(zone, last_monday - timedelta(days=1), 23, 30))
    weeks = {w["week_start"]: w["touches"] for w in dashboard(me)["weekly_activity"]}
    assert weeks[last_monday.isoformat()] == 1
    assert weeks[(last_monday - timedelta(weeks=1)).isoformat()] == 1
    assert sum(weeks.values()) == 2


@pytest.mark.parametrize("zone_name", FAR_ZONES)
def test_upcoming_interviews_start_at_the_users_midnight(make_account: Any, zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    me = make_account("Agenda Student", timezone=zone_name)
    today = utcnow().astimezone(zone).date()
    c = contact(me)
    earlier_today = interview(me, c["id"], scheduled_at=local_at(zone, today, 0, 1))
    interview(me, c["id"], scheduled_at=local_at(zone, today - timedelta(days=1), 23, 59))
    in_two_weeks = interview(me, c["id"], scheduled_at=soon(days=13, hours=23))
    interview(me, c["id"], scheduled_at=soon(days=14, hours=1))
    interview(me, c["id"], status="requested")
    upcoming = [i["id"] for i in dashboard(me)["upcoming_interviews"]]
    assert upcoming == [earlier_today["id"], in_two_weeks["id"]]


def test_the_dashboard_runs_a_fixed_number_of_queries(app: FastAPI, alice: Account) -> None:
    def populate(n: int) -> None:
        for k in range(n):
            c = contact(alice, full_name=f"P{k}", keep_in_touch_days=1)
            touch(alice, c["id"], ago(days=3))
            interview(alice, c["id"], scheduled_at=soon(days=2))
            done = interview(alice, c["id"], status="completed", completed_at=ago(days=1))
            referral(
                alice,
                referrer_contact_id=c["id"],
                interview_id=done["id"],
                referred={"full_name": f"R{k}"},
            )

    populate(1)
    with counting(app) as small:
        dashboard(alice)
    populate(6)
    with counting(app) as large:
        body = dashboard(alice)
    assert len(body["overdue_contacts"]) == 7 and len(body["upcoming_interviews"]) == 7
    assert len(large) == len(small), large
    assert len(large) <= 12, large
