"""Preparing an interview: the pitch, the ordered question list and the checklist."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI

from tests.conftest import Account, assert_problem
from tests.fixtures.workflow import contact, interview, patch_interview, soon
from tests.platform.test_ownership_walk import snapshot

DEFAULT_KEYS = {
    "prep": [
        "research_person",
        "research_organization",
        "pitch_ready",
        "logistics_verified",
        "questions_ready",
    ],
    "follow_up": [
        "thank_you_sent",
        "linkedin_connected",
        "referrals_recorded",
        "follow_up_planned",
    ],
}


def bank_question(account: Account, **fields: Any) -> dict[str, Any]:
    response = account.post(
        "/api/v1/questions", json={"text": "What surprised you?", "priority": 4, **fields}
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_create_answers_201_with_location_etag_and_defaults(alice: Account) -> None:
    c = contact(alice)
    response = alice.post("/api/v1/interviews", json={"contact_id": c["id"]})
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"/api/v1/interviews/{body['id']}"
    assert response.headers["etag"]
    assert body["status"] == "requested"
    assert body["duration_minutes"] == 30
    assert body["medium"] == "video"
    assert body["questions"] == []
    assert body["asked_for_referrals"] is False


def test_the_checklist_starts_with_prep_and_follow_up_items(alice: Account) -> None:
    body = interview(alice, contact(alice)["id"])
    for phase, keys in DEFAULT_KEYS.items():
        assert [i["key"] for i in body["checklist"] if i["phase"] == phase] == keys
    assert all(item["label"] and item["done"] is False for item in body["checklist"])


def test_the_pitch_defaults_to_the_users_pitch(make_account: Any) -> None:
    account = make_account("Pia Student", pitch="I am a PhD student in soil microbiology.")
    body = interview(account, contact(account)["id"])
    assert body["pitch"] == "I am a PhD student in soil microbiology."


def test_a_tailored_pitch_is_kept(make_account: Any) -> None:
    account = make_account("Pia Student", pitch="Default pitch")
    body = interview(account, contact(account)["id"], pitch="Tailored for biotech")
    assert body["pitch"] == "Tailored for biotech"


def test_questions_get_server_ids_that_are_kept_when_sent_back(alice: Account) -> None:
    body = interview(
        alice, contact(alice)["id"], questions=[{"text": "First?"}, {"text": "Second?"}]
    )
    first, second = body["questions"]
    assert first["id"] != second["id"]
    assert first == {
        "id": first["id"],
        "text": "First?",
        "priority": 3,
        "asked": False,
        "notes": "",
        "bank_question_id": None,
    }
    reordered = patch_interview(
        alice,
        body["id"],
        questions=[
            {"id": second["id"], "text": "Second?", "asked": True, "notes": "Yes"},
            {"id": first["id"], "text": "First?"},
            {"text": "Third?"},
        ],
    )["questions"]
    assert [q["id"] for q in reordered[:2]] == [second["id"], first["id"]]
    assert reordered[0]["asked"] is True and reordered[0]["notes"] == "Yes"
    assert reordered[2]["id"] not in (first["id"], second["id"])


def test_an_unknown_question_id_gets_a_new_one(alice: Account) -> None:
    body = interview(
        alice,
        contact(alice)["id"],
        questions=[{"id": "5f0c6d1e-0000-4000-8000-000000000001", "text": "Q?"}],
    )
    assert body["questions"][0]["id"] != "5f0c6d1e-0000-4000-8000-000000000001"


def test_a_bank_question_is_copied_with_its_text_and_priority(alice: Account) -> None:
    q = bank_question(alice, text="Which skills mattered most?", priority=5)
    body = interview(alice, contact(alice)["id"], questions=[{"bank_question_id": q["id"]}])
    item = body["questions"][0]
    assert (item["text"], item["priority"], item["bank_question_id"]) == (
        "Which skills mattered most?",
        5,
        q["id"],
    )


def test_deleting_a_bank_question_leaves_the_interviews_copy(alice: Account) -> None:
    q = bank_question(alice)
    body = interview(alice, contact(alice)["id"], questions=[{"bank_question_id": q["id"]}])
    assert alice.delete(f"/api/v1/questions/{q['id']}").status_code == 204
    kept = alice.get(f"/api/v1/interviews/{body['id']}").json()["questions"]
    assert kept[0]["text"] == "What surprised you?"
    # Sending the list back as it is still works without the bank question.
    again = patch_interview(alice, body["id"], questions=kept)["questions"]
    assert again == kept


def test_a_bank_question_of_another_user_is_422_and_nothing_is_written(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    theirs = bank_question(bob)
    c = contact(alice)
    before = snapshot(app, alice.user_id)
    response = alice.post(
        "/api/v1/interviews",
        json={"contact_id": c["id"], "questions": [{"bank_question_id": theirs["id"]}]},
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["field"] == "questions.0.bank_question_id"
    assert snapshot(app, alice.user_id) == before


def test_a_question_needs_text_or_a_bank_question(alice: Account) -> None:
    c = contact(alice)
    response = alice.post(
        "/api/v1/interviews", json={"contact_id": c["id"], "questions": [{"priority": 2}]}
    )
    assert assert_problem(response, 422)["errors"][0]["field"].startswith("questions.0")


def test_more_than_50_questions_is_422_and_nothing_is_written(app: FastAPI, alice: Account) -> None:
    c = contact(alice)
    before = snapshot(app, alice.user_id)
    response = alice.post(
        "/api/v1/interviews",
        json={"contact_id": c["id"], "questions": [{"text": f"Q{n}?"} for n in range(51)]},
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "questions"
    assert snapshot(app, alice.user_id) == before
    exactly = interview(alice, c["id"], questions=[{"text": f"Q{n}?"} for n in range(50)])
    assert len(exactly["questions"]) == 50


@pytest.mark.parametrize("priority", [0, 6, "3", 3.5, True, None, 4.0])
def test_question_priorities_are_whole_numbers_from_1_to_5(alice: Account, priority: Any) -> None:
    c = contact(alice)
    item: dict[str, Any] = {"text": "Q?", "priority": priority}
    response = alice.post("/api/v1/interviews", json={"contact_id": c["id"], "questions": [item]})
    if priority is None:  # null means "the default"
        assert response.status_code == 201
        assert response.json()["questions"][0]["priority"] == 3
    elif priority == 4.0:  # JSON Schema's integer: a number without a fraction, written 4.0 too
        assert response.status_code == 201
        assert response.json()["questions"][0]["priority"] == 4
    else:
        assert_problem(response, 422)


def test_the_same_question_id_twice_is_422(alice: Account) -> None:
    body = interview(alice, contact(alice)["id"], questions=[{"text": "Q?"}])
    qid = body["questions"][0]["id"]
    response = alice.patch(
        f"/api/v1/interviews/{body['id']}",
        json={"questions": [{"id": qid, "text": "A"}, {"id": qid, "text": "B"}]},
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "questions.1.id"


def test_ticking_a_checklist_item_leaves_the_others_as_they_are(alice: Account) -> None:
    body = interview(alice, contact(alice)["id"])
    ticked = patch_interview(alice, body["id"], checklist=[{"key": "pitch_ready", "done": True}])
    done = {item["key"]: item["done"] for item in ticked["checklist"]}
    assert done["pitch_ready"] is True
    assert sum(done.values()) == 1
    assert len(ticked["checklist"]) == len(body["checklist"])


def test_a_custom_checklist_item_can_be_added_and_removed(alice: Account) -> None:
    body = interview(alice, contact(alice)["id"])
    added = patch_interview(
        alice,
        body["id"],
        checklist=[{"key": "print_cv", "label": "Print my CV", "phase": "prep"}],
    )["checklist"]
    assert added[-1] == {"key": "print_cv", "label": "Print my CV", "phase": "prep", "done": False}
    removed = patch_interview(alice, body["id"], checklist=[{"key": "print_cv", "remove": True}])
    assert "print_cv" not in [item["key"] for item in removed["checklist"]]


def test_a_new_checklist_item_needs_a_label(alice: Account) -> None:
    body = interview(alice, contact(alice)["id"])
    response = alice.patch(
        f"/api/v1/interviews/{body['id']}", json={"checklist": [{"key": "mystery", "done": True}]}
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "checklist.0.label"


@pytest.mark.parametrize("key", ["Has Spaces", "UPPER", "", "x" * 51, "dash-ed"])
def test_checklist_keys_are_short_lower_case_slugs(alice: Account, key: str) -> None:
    body = interview(alice, contact(alice)["id"])
    response = alice.patch(
        f"/api/v1/interviews/{body['id']}",
        json={"checklist": [{"key": key, "label": "L"}]},
    )
    assert_problem(response, 422)


def test_the_checklist_is_capped_at_40_items(alice: Account) -> None:
    body = interview(alice, contact(alice)["id"])  # 9 default items
    extra = [{"key": f"custom_{n}", "label": f"Item {n}"} for n in range(32)]
    response = alice.patch(f"/api/v1/interviews/{body['id']}", json={"checklist": extra})
    assert assert_problem(response, 422)["errors"][0]["field"] == "checklist"
    assert len(alice.get(f"/api/v1/interviews/{body['id']}").json()["checklist"]) == 9


@pytest.mark.parametrize(
    "body",
    [
        {"duration_minutes": 0},
        {"duration_minutes": 481},
        {"duration_minutes": "30"},
        {"medium": "carrier_pigeon"},
        {"asked_for_referrals": "yes"},
        {"scheduled_at": "2026-12-01T10:00:00"},  # no offset
        {"status": None},
        {"notes": None},
        {"contact_id": "00000000-0000-4000-8000-000000000000"},  # cannot move to another contact
        {"surprise": 1},
    ],
)
def test_bad_updates_are_422_and_change_nothing(alice: Account, body: dict[str, Any]) -> None:
    created = interview(alice, contact(alice)["id"], scheduled_at=soon(days=2), notes="kept")
    response = alice.patch(f"/api/v1/interviews/{created['id']}", json=body)
    assert_problem(response, 422)
    after = alice.get(f"/api/v1/interviews/{created['id']}").json()
    assert after == created
