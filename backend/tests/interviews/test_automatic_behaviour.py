"""SPEC §3 "Automatic behaviour" for interviews: stage moves, touch state, the thank-you and
follow-up reminders, and what cancelling, re-completing and reopening do."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from sqlalchemy import select

from rapport.db import utcnow
from rapport.webhooks.models import WebhookDelivery
from tests.conftest import Account, assert_problem
from tests.fixtures.seed import add_webhook
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


def auto_reminders(account: Account, interview_id: str, **params: object) -> list[dict]:
    return [r for r in reminders(account, interview_id=interview_id, **params) if r["auto"]]


def test_scheduling_an_interview_moves_the_contact_to_scheduled(alice: Account) -> None:
    c = contact(alice)
    interview(alice, c["id"], status="scheduled", scheduled_at=soon(days=3))
    assert get_contact(alice, c["id"])["stage"] == "scheduled"


def test_giving_a_time_without_a_status_means_scheduled(alice: Account) -> None:
    c = contact(alice)
    created = interview(alice, c["id"], scheduled_at=soon(days=3))
    assert created["status"] == "scheduled"
    assert get_contact(alice, c["id"])["stage"] == "scheduled"


def test_setting_a_time_on_a_requested_interview_schedules_it(alice: Account) -> None:
    c = contact(alice)
    created = interview(alice, c["id"])
    assert created["status"] == "requested"
    updated = patch_interview(alice, created["id"], scheduled_at=soon(days=2))
    assert updated["status"] == "scheduled"
    assert get_contact(alice, c["id"])["stage"] == "scheduled"


def test_a_scheduled_interview_needs_a_time(alice: Account) -> None:
    c = contact(alice)
    response = alice.post("/api/v1/interviews", json={"contact_id": c["id"], "status": "scheduled"})
    assert assert_problem(response, 422)["errors"][0]["field"] == "scheduled_at"
    assert alice.get("/api/v1/interviews").json()["items"] == []
    assert get_contact(alice, c["id"])["stage"] == "identified"


def test_requesting_an_interview_moves_an_identified_contact_to_reached_out(
    alice: Account,
) -> None:
    c = contact(alice)
    interview(alice, c["id"], status="requested")
    assert get_contact(alice, c["id"])["stage"] == "reached_out"


def test_scheduling_never_moves_a_contact_backwards(alice: Account) -> None:
    c = contact(alice, stage="keep_in_touch")
    interview(alice, c["id"], scheduled_at=soon(days=3))
    assert get_contact(alice, c["id"])["stage"] == "keep_in_touch"


def test_a_manual_stage_change_wins_over_later_interview_edits(alice: Account) -> None:
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=soon(days=3))
    alice.patch(f"/api/v1/contacts/{c['id']}", json={"stage": "reached_out"})
    patch_interview(alice, i["id"], location="Room 101", scheduled_at=soon(days=4))
    assert get_contact(alice, c["id"])["stage"] == "reached_out"


def test_completing_an_interview_moves_the_contact_to_interviewed(alice: Account) -> None:
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=ago(hours=2))
    patch_interview(alice, i["id"], status="completed")
    assert get_contact(alice, c["id"])["stage"] == "interviewed"


def test_completing_sets_completed_at_to_now_by_default(alice: Account) -> None:
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=ago(hours=2))
    before = utcnow()
    done = patch_interview(alice, i["id"], status="completed")
    assert before - timedelta(seconds=1) <= at(done["completed_at"]) <= utcnow()


def test_completed_at_far_in_the_future_is_refused(alice: Account) -> None:
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=ago(hours=2))
    response = alice.patch(
        f"/api/v1/interviews/{i['id']}",
        json={"status": "completed", "completed_at": soon(days=3)},
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "completed_at"
    assert alice.get(f"/api/v1/interviews/{i['id']}").json()["status"] == "scheduled"
    assert auto_reminders(alice, i["id"]) == []


def test_completed_at_is_refused_on_an_interview_that_is_not_completed(alice: Account) -> None:
    c = contact(alice)
    response = alice.post(
        "/api/v1/interviews",
        json={"contact_id": c["id"], "scheduled_at": soon(days=1), "completed_at": ago(days=1)},
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "completed_at"


def test_a_completed_interview_counts_as_a_touch(alice: Account) -> None:
    c = contact(alice, keep_in_touch_days=30)
    i = interview(alice, c["id"], scheduled_at=ago(days=2))
    patch_interview(alice, i["id"], status="completed", completed_at="2026-11-01T16:00:00Z")
    after = get_contact(alice, c["id"])
    assert at(after["last_contacted_at"]) == at("2026-11-01T16:00:00Z")
    assert at(after["next_touch_due"]) == at("2026-12-01T16:00:00Z")
    keep = reminders(alice, contact_id=c["id"], kind="keep_in_touch", status="open")
    assert [at(r["due_at"]) for r in keep] == [at("2026-12-01T16:00:00Z")]


def test_an_interview_completed_before_the_latest_touch_does_not_move_last_contacted_back(
    alice: Account,
) -> None:
    c = contact(alice, keep_in_touch_days=30)
    touch(alice, c["id"], "call", occurred_at="2026-11-20T10:00:00Z")
    i = interview(alice, c["id"], scheduled_at=ago(days=60))
    patch_interview(alice, i["id"], status="completed", completed_at="2026-10-01T10:00:00Z")
    after = get_contact(alice, c["id"])
    assert at(after["last_contacted_at"]) == at("2026-11-20T10:00:00Z")
    assert at(after["next_touch_due"]) == at("2026-12-20T10:00:00Z")
    assert after["stage"] == "interviewed"  # written in the same UPDATE as the touch state


def test_completing_an_interview_creates_thank_you_and_follow_up_reminders(
    alice: Account,
) -> None:
    alice.patch(
        "/api/v1/me", json={"settings": {"thank_you_within_hours": 48, "follow_up_after_days": 10}}
    )
    c = contact(alice, full_name="Dana Park")
    i = interview(alice, c["id"], scheduled_at=ago(days=1))
    done = patch_interview(alice, i["id"], status="completed", completed_at=ago(hours=1))
    completed_at = at(done["completed_at"])
    found = {r["kind"]: r for r in auto_reminders(alice, i["id"])}
    assert set(found) == {"thank_you", "follow_up"}
    assert at(found["thank_you"]["due_at"]) == completed_at + timedelta(hours=48)
    assert at(found["follow_up"]["due_at"]) == completed_at + timedelta(days=10)
    for reminder in found.values():
        assert reminder["status"] == "open"
        assert reminder["contact_id"] == c["id"]
        assert "Dana Park" in reminder["title"]


def test_completing_twice_creates_no_second_reminders(alice: Account) -> None:
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=ago(days=1))
    patch_interview(alice, i["id"], status="completed")
    patch_interview(alice, i["id"], status="completed")
    patch_interview(alice, i["id"], status="completed", notes="edited", takeaways="more")
    assert sorted(r["kind"] for r in auto_reminders(alice, i["id"])) == ["follow_up", "thank_you"]


def test_completing_then_cancelling_removes_the_open_automatic_reminders(alice: Account) -> None:
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=ago(days=1))
    patch_interview(alice, i["id"], status="completed")
    manual = alice.post(
        "/api/v1/reminders",
        json={"title": "Send the paper", "due_at": soon(days=2), "interview_id": i["id"]},
    ).json()
    cancelled = patch_interview(alice, i["id"], status="cancelled")
    assert cancelled["completed_at"] is None
    assert [r["id"] for r in reminders(alice, interview_id=i["id"])] == [manual["id"]]


def test_cancelling_keeps_done_reminders_and_recompleting_does_not_duplicate_them(
    alice: Account,
) -> None:
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=ago(days=1))
    patch_interview(alice, i["id"], status="completed")
    thank_you = next(r for r in auto_reminders(alice, i["id"]) if r["kind"] == "thank_you")
    alice.patch(f"/api/v1/reminders/{thank_you['id']}", json={"status": "done"})
    patch_interview(alice, i["id"], status="cancelled")
    assert [r["id"] for r in auto_reminders(alice, i["id"])] == [thank_you["id"]]
    patch_interview(alice, i["id"], status="completed")
    kinds = sorted((r["kind"], r["status"]) for r in auto_reminders(alice, i["id"]))
    assert kinds == [("follow_up", "open"), ("thank_you", "done")]


def test_reopening_a_completed_interview_removes_its_open_reminders(alice: Account) -> None:
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=ago(days=1))
    patch_interview(alice, i["id"], status="completed")
    reopened = patch_interview(alice, i["id"], status="scheduled", scheduled_at=soon(days=1))
    assert reopened["completed_at"] is None
    assert auto_reminders(alice, i["id"]) == []
    assert get_contact(alice, c["id"])["stage"] == "interviewed"  # never backwards


def test_cancelling_a_completed_interview_recomputes_the_touch_state(alice: Account) -> None:
    c = contact(alice, keep_in_touch_days=30)
    i = interview(alice, c["id"], scheduled_at=ago(days=1))
    patch_interview(alice, i["id"], status="completed", completed_at=ago(hours=3))
    assert get_contact(alice, c["id"])["last_contacted_at"] is not None
    patch_interview(alice, i["id"], status="cancelled")
    after = get_contact(alice, c["id"])
    assert after["last_contacted_at"] is None
    assert at(after["next_touch_due"]) == at(after["created_at"]) + timedelta(days=30)


def test_changing_completed_at_moves_the_open_reminders(alice: Account) -> None:
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=ago(days=3))
    patch_interview(alice, i["id"], status="completed")
    patch_interview(alice, i["id"], completed_at="2026-11-02T10:00:00Z")
    found = {r["kind"]: r for r in auto_reminders(alice, i["id"])}
    assert at(found["thank_you"]["due_at"]) == at("2026-11-03T10:00:00Z")
    assert at(found["follow_up"]["due_at"]) == at("2026-11-16T10:00:00Z")
    assert len(found) == 2


def test_creating_an_interview_already_completed_runs_the_completion_behaviour(
    alice: Account,
) -> None:
    c = contact(alice)
    i = interview(alice, c["id"], status="completed", completed_at=ago(days=2))
    assert get_contact(alice, c["id"])["stage"] == "interviewed"
    assert sorted(r["kind"] for r in auto_reminders(alice, i["id"])) == ["follow_up", "thank_you"]


def test_a_no_show_does_not_move_the_contact_or_create_reminders(alice: Account) -> None:
    c = contact(alice, stage="reached_out")
    i = interview(alice, c["id"], status="no_show")
    assert get_contact(alice, c["id"])["stage"] == "reached_out"
    assert reminders(alice, interview_id=i["id"]) == []


def test_scheduling_and_completing_move_the_referral_to_that_contact(alice: Account) -> None:
    referrer = contact(alice, full_name="Referrer")
    made = referral(alice, referrer_contact_id=referrer["id"], referred={"full_name": "New Person"})
    referred_id = made["referred_contact_id"]
    i = interview(alice, referred_id, scheduled_at=soon(days=2))
    assert alice.get(f"/api/v1/referrals/{made['id']}").json()["status"] == "scheduled"
    patch_interview(alice, i["id"], status="completed")
    assert alice.get(f"/api/v1/referrals/{made['id']}").json()["status"] == "interviewed"


def test_deleting_an_interview_deletes_its_reminders_and_keeps_its_referrals(
    alice: Account,
) -> None:
    c = contact(alice, keep_in_touch_days=30)
    i = interview(alice, c["id"], scheduled_at=ago(days=1))
    patch_interview(alice, i["id"], status="completed")
    made = referral(
        alice, referrer_contact_id=c["id"], interview_id=i["id"], referred={"full_name": "X Y"}
    )
    assert alice.delete(f"/api/v1/interviews/{i['id']}").status_code == 204
    assert reminders(alice, interview_id=i["id"]) == []
    assert alice.get(f"/api/v1/referrals/{made['id']}").json()["interview_id"] is None
    after = get_contact(alice, c["id"])
    assert after["stage"] == "interviewed"
    assert after["last_contacted_at"] is None


def _subscribe(app: FastAPI, account: Account) -> None:
    add_webhook(
        app,
        user_id=account.user_id,
        events=["interview.scheduled", "interview.completed", "referral.created"],
    )


def _events(app: FastAPI) -> list[tuple[str, dict]]:
    with app.state.db.sessionmaker() as session:
        rows = session.scalars(select(WebhookDelivery).order_by(WebhookDelivery.created_at))
        return [(row.event, row.payload["data"]) for row in rows]


def test_scheduling_and_completing_emit_webhooks_once_each(app: FastAPI, alice: Account) -> None:
    _subscribe(app, alice)
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=ago(hours=3))
    patch_interview(alice, i["id"], notes="prepared")
    patch_interview(alice, i["id"], status="completed")
    patch_interview(alice, i["id"], status="completed", takeaways="great")
    events = _events(app)
    assert [event for event, _ in events] == ["interview.scheduled", "interview.completed"]
    assert events[1][1]["id"] == i["id"] and events[1][1]["status"] == "completed"


def test_rescheduling_emits_interview_scheduled_again(app: FastAPI, alice: Account) -> None:
    _subscribe(app, alice)
    c = contact(alice)
    i = interview(alice, c["id"], scheduled_at=soon(days=3))
    patch_interview(alice, i["id"], scheduled_at=soon(days=5))
    assert [event for event, _ in _events(app)] == ["interview.scheduled"] * 2


def test_recording_a_referral_emits_referral_created(app: FastAPI, alice: Account) -> None:
    _subscribe(app, alice)
    c = contact(alice)
    made = referral(alice, referrer_contact_id=c["id"], referred={"full_name": "Q R"})
    assert [(e, d["id"]) for e, d in _events(app)] == [("referral.created", made["id"])]
