"""The question bank: a good seeded default, CRUD, filters, strict priorities."""

from __future__ import annotations

from typing import Any

import pytest

from rapport.questions.schemas import DEFAULT_CATEGORIES
from tests.conftest import Account, assert_problem


def bank(account: Account, **params: Any) -> list[dict[str, Any]]:
    response = account.get("/api/v1/questions", params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    return response.json()["items"]


def create(account: Account, **fields: Any) -> dict[str, Any]:
    response = account.post("/api/v1/questions", json={"text": "What surprised you?", **fields})
    assert response.status_code == 201, response.text
    return response.json()


def test_a_new_account_gets_a_default_bank_across_every_category(alice: Account) -> None:
    questions = bank(alice)
    assert len(questions) >= 25
    assert {q["category"] for q in questions} == set(DEFAULT_CATEGORIES)
    for category in DEFAULT_CATEGORIES:
        assert sum(q["category"] == category for q in questions) >= 4
    texts = [q["text"] for q in questions]
    assert len(set(texts)) == len(texts)
    assert all(text.endswith("?") for text in texts)
    # Open-ended: no yes/no openers, except the one classic closing question.
    closed = [t for t in texts if t.split()[0] in {"Do", "Did", "Are", "Is", "Would", "May"}]
    assert closed == ["Is there anyone else you think I should talk to?"]
    assert all(1 <= q["priority"] <= 5 and q["archived"] is False for q in questions)


def test_each_account_gets_its_own_copy_of_the_bank(alice: Account, bob: Account) -> None:
    mine = bank(alice)
    alice.delete(f"/api/v1/questions/{mine[0]['id']}")
    assert len(bank(bob)) == len(mine)


def test_the_bank_is_ordered_by_category_then_priority(alice: Account) -> None:
    questions = bank(alice)
    order = [(q["category"], -q["priority"]) for q in questions]
    assert order == sorted(order)


def test_the_bank_pages_through_every_question_once(alice: Account) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        page = alice.get("/api/v1/questions", params=params).json()
        seen += [q["id"] for q in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [q["id"] for q in bank(alice)]


def test_create_answers_201_with_location(alice: Account) -> None:
    response = alice.post(
        "/api/v1/questions", json={"text": "  How do you pick projects?  ", "category": "skills"}
    )
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"/api/v1/questions/{body['id']}"
    assert (body["text"], body["category"], body["priority"]) == (
        "How do you pick projects?",
        "skills",
        3,
    )


@pytest.mark.parametrize("priority", [0, 6, -1, "4", 4.5, True, None])
def test_priorities_are_whole_numbers_from_1_to_5(alice: Account, priority: Any) -> None:
    assert_problem(alice.post("/api/v1/questions", json={"text": "Q?", "priority": priority}), 422)
    q = create(alice)
    assert_problem(alice.patch(f"/api/v1/questions/{q['id']}", json={"priority": priority}), 422)
    assert alice.get(f"/api/v1/questions/{q['id']}").json()["priority"] == 3


def test_a_priority_written_with_a_zero_fraction_is_that_whole_number(alice: Account) -> None:
    # JSON Schema's `integer` is any number without a fraction: 4.0 is the integer 4.
    assert (
        alice.post("/api/v1/questions", json={"text": "Q?", "priority": 4.0}).json()["priority"]
        == 4
    )
    q = create(alice)
    assert (
        alice.patch(f"/api/v1/questions/{q['id']}", json={"priority": 2.0}).json()["priority"] == 2
    )


@pytest.mark.parametrize(
    "body",
    [
        {"text": ""},
        {"text": "x" * 1001},
        {"text": "Q?", "category": "c" * 51},
        {"text": "Q?", "category": ""},
    ],
)
def test_bad_questions_are_422(alice: Account, body: dict[str, Any]) -> None:
    count = len(bank(alice))
    assert_problem(alice.post("/api/v1/questions", json=body), 422)
    assert len(bank(alice)) == count


def test_archiving_hides_a_question_from_the_active_filter(alice: Account) -> None:
    q = create(alice, category="mine")
    alice.patch(f"/api/v1/questions/{q['id']}", json={"archived": True})
    assert [x["id"] for x in bank(alice, archived="true")] == [q["id"]]
    assert q["id"] not in [x["id"] for x in bank(alice, archived="false")]
    assert q["id"] in [x["id"] for x in bank(alice)]


def test_questions_filter_by_category_and_text(alice: Account) -> None:
    q = create(alice, text="What is 100% of your WEEK_like?", category="odd")
    assert [x["id"] for x in bank(alice, category="odd")] == [q["id"]]
    assert [x["id"] for x in bank(alice, q="100% of your week_")] == [q["id"]]
    assert bank(alice, q="nothing matches this") == []


def test_a_question_can_be_changed_and_deleted(alice: Account) -> None:
    q = create(alice)
    changed = alice.patch(
        f"/api/v1/questions/{q['id']}", json={"text": "New?", "category": "advice", "priority": 5}
    ).json()
    assert (changed["text"], changed["category"], changed["priority"]) == ("New?", "advice", 5)
    assert_problem(alice.patch(f"/api/v1/questions/{q['id']}", json={"text": None}), 422)
    assert alice.delete(f"/api/v1/questions/{q['id']}").status_code == 204
    assert_problem(alice.get(f"/api/v1/questions/{q['id']}"), 404)
