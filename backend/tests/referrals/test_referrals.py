"""Referrals: recording them (existing or new contact), refusing bad ones without a trace,
status following the referred contact, and the network graph."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from tests.conftest import Account, assert_problem
from tests.fixtures.workflow import (
    ago,
    contact,
    get_contact,
    interview,
    patch_interview,
    referral,
    soon,
    touch,
)
from tests.platform.test_ownership_walk import snapshot


def status_of(account: Account, referral_id: str) -> str:
    return account.get(f"/api/v1/referrals/{referral_id}").json()["status"]


def test_a_referral_to_an_existing_contact_sets_who_referred_them(alice: Account) -> None:
    referrer, referred = contact(alice, full_name="Ana"), contact(alice, full_name="Ben")
    response = alice.post(
        "/api/v1/referrals",
        json={
            "referrer_contact_id": referrer["id"],
            "referred_contact_id": referred["id"],
            "note": "Leads the data team",
            "intro_offered": True,
        },
    )
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"/api/v1/referrals/{body['id']}"
    assert body["status"] == "suggested"
    assert body["intro_offered"] is True
    assert body["referred_contact"]["referred_by_contact_id"] == referrer["id"]
    assert get_contact(alice, referred["id"])["referred_by_contact_id"] == referrer["id"]


def test_an_earlier_referrer_is_kept_as_referred_by(alice: Account) -> None:
    first, second, referred = contact(alice), contact(alice), contact(alice)
    referral(alice, referrer_contact_id=first["id"], referred_contact_id=referred["id"])
    referral(alice, referrer_contact_id=second["id"], referred_contact_id=referred["id"])
    assert get_contact(alice, referred["id"])["referred_by_contact_id"] == first["id"]


def test_a_referral_can_create_the_referred_contact_inline(alice: Account) -> None:
    referrer = contact(alice, full_name="Ana")
    body = referral(
        alice,
        referrer_contact_id=referrer["id"],
        referred={"full_name": "Chris Okafor", "organization": "Broad Institute", "tags": ["ml"]},
    )
    created = get_contact(alice, body["referred_contact_id"])
    assert created["full_name"] == "Chris Okafor"
    assert created["organization"] == "Broad Institute"
    assert created["connection"] == "referral"
    assert created["referred_by_contact_id"] == referrer["id"]
    assert created["stage"] == "identified"


def test_an_inline_contact_may_say_how_else_you_know_them(alice: Account) -> None:
    referrer = contact(alice)
    body = referral(
        alice, referrer_contact_id=referrer["id"], referred={"full_name": "D", "connection": "alum"}
    )
    assert body["referred_contact"]["connection"] == "alum"


def test_the_interview_it_came_up_in_is_recorded(alice: Account) -> None:
    referrer = contact(alice)
    i = interview(alice, referrer["id"], status="completed", completed_at=ago(hours=1))
    body = referral(
        alice, referrer_contact_id=referrer["id"], interview_id=i["id"], referred={"full_name": "E"}
    )
    assert body["interview_id"] == i["id"]
    listed = alice.get("/api/v1/referrals", params={"interview_id": i["id"]}).json()["items"]
    assert [r["id"] for r in listed] == [body["id"]]


def test_a_referral_to_oneself_is_422_and_nothing_is_written(app: FastAPI, alice: Account) -> None:
    c = contact(alice)
    before = snapshot(app, alice.user_id)
    response = alice.post(
        "/api/v1/referrals", json={"referrer_contact_id": c["id"], "referred_contact_id": c["id"]}
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "referred_contact_id"
    assert snapshot(app, alice.user_id) == before


def test_a_duplicate_referral_is_409_and_nothing_is_written(app: FastAPI, alice: Account) -> None:
    referrer, referred = contact(alice), contact(alice)
    referral(alice, referrer_contact_id=referrer["id"], referred_contact_id=referred["id"])
    before = snapshot(app, alice.user_id)
    response = alice.post(
        "/api/v1/referrals",
        json={"referrer_contact_id": referrer["id"], "referred_contact_id": referred["id"]},
    )
    assert_problem(response, 409)
    assert snapshot(app, alice.user_id) == before


def test_a_referral_needs_exactly_one_referred_person(alice: Account) -> None:
    referrer, referred = contact(alice), contact(alice)
    for body in (
        {"referrer_contact_id": referrer["id"]},
        {
            "referrer_contact_id": referrer["id"],
            "referred_contact_id": referred["id"],
            "referred": {"full_name": "Both"},
        },
    ):
        assert_problem(alice.post("/api/v1/referrals", json=body), 422)


def test_a_referral_with_another_users_contacts_is_422_and_nothing_is_written(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    mine, theirs = contact(alice), contact(bob)
    before, bobs_before = snapshot(app, alice.user_id), snapshot(app, bob.user_id)
    cases: list[tuple[dict[str, Any], str]] = [
        (
            {"referrer_contact_id": theirs["id"], "referred": {"full_name": "N"}},
            "referrer_contact_id",
        ),
        (
            {"referrer_contact_id": mine["id"], "referred_contact_id": theirs["id"]},
            "referred_contact_id",
        ),
    ]
    for body, field in cases:
        response = alice.post("/api/v1/referrals", json=body)
        assert assert_problem(response, 422)["errors"][0]["field"] == field
    assert snapshot(app, alice.user_id) == before
    assert snapshot(app, bob.user_id) == bobs_before


def test_an_interview_that_is_not_with_the_referrer_is_422_and_no_contact_is_created(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    referrer, someone_else = contact(alice), contact(alice)
    other_interview = interview(alice, someone_else["id"])
    bobs_interview = interview(bob, contact(bob)["id"])
    before = snapshot(app, alice.user_id)
    for interview_id in (other_interview["id"], bobs_interview["id"]):
        response = alice.post(
            "/api/v1/referrals",
            json={
                "referrer_contact_id": referrer["id"],
                "interview_id": interview_id,
                "referred": {"full_name": "Never Created"},
            },
        )
        assert assert_problem(response, 422)["errors"][0]["field"] == "interview_id"
    assert snapshot(app, alice.user_id) == before


def test_a_referrals_status_follows_the_referred_contact(alice: Account) -> None:
    referrer = contact(alice)
    body = referral(alice, referrer_contact_id=referrer["id"], referred={"full_name": "F G"})
    referred_id = body["referred_contact_id"]
    touch(alice, referred_id, "email")
    assert status_of(alice, body["id"]) == "contacted"
    i = interview(alice, referred_id, scheduled_at=soon(days=2))
    assert status_of(alice, body["id"]) == "scheduled"
    patch_interview(alice, i["id"], status="completed")
    assert status_of(alice, body["id"]) == "interviewed"


def test_a_new_referral_starts_from_the_referred_contacts_stage(alice: Account) -> None:
    referrer, referred = contact(alice), contact(alice, stage="scheduled")
    body = referral(alice, referrer_contact_id=referrer["id"], referred_contact_id=referred["id"])
    assert body["status"] == "scheduled"


def test_a_manual_stage_change_of_the_referred_contact_moves_the_referral(alice: Account) -> None:
    referrer, referred = contact(alice), contact(alice)
    body = referral(alice, referrer_contact_id=referrer["id"], referred_contact_id=referred["id"])
    alice.patch(f"/api/v1/contacts/{referred['id']}", json={"stage": "reached_out"})
    assert status_of(alice, body["id"]) == "contacted"


def test_declined_is_kept_when_the_contact_moves_on(alice: Account) -> None:
    referrer, referred = contact(alice), contact(alice)
    body = referral(alice, referrer_contact_id=referrer["id"], referred_contact_id=referred["id"])
    alice.patch(f"/api/v1/referrals/{body['id']}", json={"status": "declined"})
    interview(alice, referred["id"], scheduled_at=soon(days=2))
    assert status_of(alice, body["id"]) == "declined"


def test_deleting_a_referral_hands_referred_by_to_the_next_referrer(alice: Account) -> None:
    first, second, referred = contact(alice), contact(alice), contact(alice)
    a = referral(alice, referrer_contact_id=first["id"], referred_contact_id=referred["id"])
    b = referral(alice, referrer_contact_id=second["id"], referred_contact_id=referred["id"])
    assert alice.delete(f"/api/v1/referrals/{a['id']}").status_code == 204
    assert get_contact(alice, referred["id"])["referred_by_contact_id"] == second["id"]
    alice.delete(f"/api/v1/referrals/{b['id']}")
    assert get_contact(alice, referred["id"])["referred_by_contact_id"] is None


def test_patching_the_interview_checks_it_belongs_to_the_referrer(alice: Account) -> None:
    referrer, other = contact(alice), contact(alice)
    body = referral(alice, referrer_contact_id=referrer["id"], referred={"full_name": "H"})
    wrong = interview(alice, other["id"])
    response = alice.patch(f"/api/v1/referrals/{body['id']}", json={"interview_id": wrong["id"]})
    assert assert_problem(response, 422)["errors"][0]["field"] == "interview_id"
    right = interview(alice, referrer["id"])
    ok = alice.patch(f"/api/v1/referrals/{body['id']}", json={"interview_id": right["id"]})
    assert ok.json()["interview_id"] == right["id"]


def test_referrals_filter_by_contact_on_either_side(alice: Account) -> None:
    a, b, c = contact(alice), contact(alice), contact(alice)
    ab = referral(alice, referrer_contact_id=a["id"], referred_contact_id=b["id"])
    bc = referral(alice, referrer_contact_id=b["id"], referred_contact_id=c["id"])
    listed = alice.get("/api/v1/referrals", params={"contact_id": b["id"]}).json()["items"]
    assert {r["id"] for r in listed} == {ab["id"], bc["id"]}
    only_c = alice.get("/api/v1/referrals", params={"contact_id": c["id"]}).json()["items"]
    assert [r["id"] for r in only_c] == [bc["id"]]


def test_the_network_has_the_referral_graph_and_its_yield(alice: Account, bob: Account) -> None:
    contact(alice, full_name="Not Involved")
    root = contact(alice, full_name="Root")
    done = interview(alice, root["id"], status="completed", completed_at=ago(days=10))
    child = referral(
        alice,
        referrer_contact_id=root["id"],
        interview_id=done["id"],
        referred={"full_name": "Child"},
    )
    child_id = child["referred_contact_id"]
    interview(alice, child_id, status="completed", completed_at=ago(days=2))
    grandchild = referral(alice, referrer_contact_id=child_id, referred={"full_name": "Grandchild"})
    sibling = referral(alice, referrer_contact_id=root["id"], referred={"full_name": "Sibling"})
    interview(bob, contact(bob)["id"], status="completed")

    network = alice.get("/api/v1/network").json()
    nodes = {n["full_name"]: n for n in network["nodes"]}
    assert set(nodes) == {"Root", "Child", "Grandchild", "Sibling"}
    assert nodes["Child"]["stage"] == "interviewed"
    edges = {(e["source"], e["target"], e["referral_id"]) for e in network["edges"]}
    assert edges == {
        (root["id"], child_id, child["id"]),
        (child_id, grandchild["referred_contact_id"], grandchild["id"]),
        (root["id"], sibling["referred_contact_id"], sibling["id"]),
    }
    assert network["truncated"] is False
    assert network["referral_yield"] == {
        "completed_interviews": 2,
        "referrals": 3,
        "referrals_per_completed_interview": 1.5,
        "referred_contacts": 3,
        "referred_interviewed": 1,
    }


def test_an_empty_network_has_no_yield_ratio(alice: Account) -> None:
    network = alice.get("/api/v1/network").json()
    assert network["nodes"] == [] and network["edges"] == []
    assert network["referral_yield"]["referrals_per_completed_interview"] is None
