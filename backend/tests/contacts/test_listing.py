"""Listing contacts: search, filters, sorting and keyset pages."""

from __future__ import annotations

import pytest

from tests.conftest import Account, assert_problem
from tests.contacts.test_contacts import create
from tests.fixtures.workflow import touch


def names(account: Account, query: str = "") -> list[str]:
    response = account.get(f"/api/v1/contacts?limit=200{query}")
    assert response.status_code == 200, response.text
    return [c["full_name"] for c in response.json()["items"]]


def test_search_is_a_case_insensitive_substring_of_several_fields(alice: Account) -> None:
    create(alice, full_name="Zoë Müller", organization="Max Planck Institut")
    create(alice, full_name="Raj Patel", title="Data SCIENTIST")
    create(alice, full_name="Li Wei", email="li.wei@genomics.example")
    create(alice, full_name="Ana Gomez", notes="Knows everyone in 100% remote policy work")
    create(alice, full_name="Unrelated Person")
    assert names(alice, "&q=MÜLLER") == ["Zoë Müller"]
    assert names(alice, "&q=planck") == ["Zoë Müller"]
    assert names(alice, "&q=scien") == ["Raj Patel"]
    assert names(alice, "&q=GENOMICS") == ["Li Wei"]
    assert names(alice, "&q=100%25") == ["Ana Gomez"]
    assert names(alice, "&q=_") == []


def test_filters_by_stage_tag_connection_organization_and_due(alice: Account) -> None:
    a = create(alice, full_name="A", tags=["biotech"], connection="alum", organization="Acme")
    create(alice, full_name="B", tags=["policy"], connection="friend", organization="ACME")
    create(alice, full_name="C", keep_in_touch_days=1)
    alice.patch(f"/api/v1/contacts/{a['id']}", json={"stage": "scheduled"})
    assert names(alice, "&stage=scheduled") == ["A"]
    assert names(alice, "&tag=BIOTECH") == ["A"]
    assert names(alice, "&connection=friend") == ["B"]
    assert names(alice, "&organization=acme") == ["A", "B"]
    assert names(alice, "&due=true") == []
    assert names(alice, "&due=false") == ["A", "B", "C"]


def test_due_filter_lists_contacts_overdue_for_a_touch(alice: Account) -> None:
    overdue = create(alice, full_name="Overdue", keep_in_touch_days=30)
    touch(alice, overdue["id"], "email", occurred_at="2025-01-01T12:00:00+00:00")
    create(alice, full_name="Fresh", keep_in_touch_days=30)
    assert names(alice, "&due=true") == ["Overdue"]


def test_sorting_options(alice: Account) -> None:
    b = create(alice, full_name="beth", keep_in_touch_days=10)
    a = create(alice, full_name="Aaron", keep_in_touch_days=5)
    create(alice, full_name="Carl")
    touch(alice, b["id"], "note", occurred_at="2026-01-02T00:00:00Z")
    touch(alice, a["id"], "note", occurred_at="2025-06-01T00:00:00Z")
    assert names(alice) == ["Aaron", "beth", "Carl"]
    assert names(alice, "&sort=name") == ["Aaron", "beth", "Carl"]
    assert names(alice, "&sort=last_contacted") == ["beth", "Aaron", "Carl"]
    assert names(alice, "&sort=next_touch_due") == ["Aaron", "beth", "Carl"]
    assert names(alice, "&sort=created") == ["Carl", "Aaron", "beth"]
    alice.patch(f"/api/v1/contacts/{b['id']}", json={"notes": "touched"})
    assert names(alice, "&sort=updated")[0] == "beth"


@pytest.mark.parametrize("sort", ["name", "updated", "created", "last_contacted", "next_touch_due"])
def test_pages_cover_every_contact_once_even_with_inserts(alice: Account, sort: str) -> None:
    for i in range(7):
        contact = create(alice, full_name=f"Person {i % 3}", keep_in_touch_days=(i % 2) or None)
        if i % 3 == 0:
            touch(alice, contact["id"], "note")
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        query = f"/api/v1/contacts?limit=3&sort={sort}" + (f"&cursor={cursor}" if cursor else "")
        body = alice.get(query).json()
        seen += [c["id"] for c in body["items"]]
        pages += 1
        if pages == 1:
            # A contact added while paging never shifts the later pages.
            create(alice, full_name="Aardvark Added Later")
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen))
    assert len(seen) >= 7 and pages >= 3


def test_a_cursor_from_another_sort_or_garbage_is_refused(alice: Account) -> None:
    for i in range(3):
        create(alice, full_name=f"P{i}")
    cursor = alice.get("/api/v1/contacts?limit=1&sort=name").json()["next_cursor"]
    assert_problem(alice.get(f"/api/v1/contacts?limit=1&sort=updated&cursor={cursor}"), 422)
    for garbage in ("x", "e30", "eyJzIjoiY29udGFjdHM6bmFtZSIsInYiOlsxLDJdfQ", "%00%01", "a" * 1001):
        assert_problem(alice.get(f"/api/v1/contacts?cursor={garbage}"), 422)


@pytest.mark.parametrize("limit", ["0", "201", "-1", "ten", "1.5"])
def test_page_size_is_limited_to_1_to_200(alice: Account, limit: str) -> None:
    assert_problem(alice.get(f"/api/v1/contacts?limit={limit}"), 422)


def test_filter_values_are_validated(alice: Account) -> None:
    assert_problem(alice.get("/api/v1/contacts?stage=nope"), 422)
    assert_problem(alice.get("/api/v1/contacts?connection=nope"), 422)
    assert_problem(alice.get("/api/v1/contacts?sort=nope"), 422)
    assert_problem(alice.get("/api/v1/contacts?due=maybe"), 422)
    assert_problem(alice.get("/api/v1/contacts?q=" + "x" * 201), 422)
