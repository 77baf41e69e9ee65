"""Contacts: create, read, partial update, delete, and what the API derives for them."""

from __future__ import annotations

from datetime import datetime

from tests.conftest import Account, assert_problem

SAM = {
    "full_name": "Sam Rivera",
    "email": "sam.rivera@example.org",
    "linkedin_url": "https://www.linkedin.com/in/sam-rivera",
    "organization": "Genentech",
    "title": "Senior Scientist",
    "location": "South San Francisco",
    "connection": "alum",
    "connection_note": "Same PhD program, class of 2019.",
    "tags": ["Biotech", "biotech", " alumni "],
    "notes": "Met at the alumni mixer.",
}


def create(account: Account, **fields: object) -> dict:
    response = account.post("/api/v1/contacts", json={"full_name": "Someone", **fields})
    assert response.status_code == 201, response.text
    return response.json()


def test_create_answers_201_with_location_and_etag(alice: Account) -> None:
    response = alice.post("/api/v1/contacts", json=SAM)
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"/api/v1/contacts/{body['id']}"
    assert response.headers["etag"]
    assert body["stage"] == "identified"
    assert body["tags"] == ["biotech", "alumni"]
    assert body["last_contacted_at"] is None and body["next_touch_due"] is None
    assert body["referred_by_contact_id"] is None
    assert datetime.fromisoformat(body["created_at"]).tzinfo is not None
    fetched = alice.get(response.headers["location"])
    assert fetched.status_code == 200 and fetched.json() == body


def test_new_contact_takes_the_default_cadence_unless_given_one(alice: Account) -> None:
    alice.patch("/api/v1/me", json={"settings": {"default_keep_in_touch_days": 30}})
    defaulted = create(alice)
    assert defaulted["keep_in_touch_days"] == 30
    assert defaulted["next_touch_due"] is not None
    explicit_none = create(alice, keep_in_touch_days=None)
    assert explicit_none["keep_in_touch_days"] is None and explicit_none["next_touch_due"] is None
    explicit = create(alice, keep_in_touch_days=7)
    assert explicit["keep_in_touch_days"] == 7


def test_patch_changes_only_the_fields_sent(alice: Account) -> None:
    contact = create(alice, **SAM)
    response = alice.patch(f"/api/v1/contacts/{contact['id']}", json={"title": "Director"})
    assert response.status_code == 200
    updated = response.json()
    assert updated["title"] == "Director"
    assert {k: v for k, v in updated.items() if k not in ("title", "updated_at")} == {
        k: v for k, v in contact.items() if k not in ("title", "updated_at")
    }


def test_patch_with_null_clears_optional_fields_but_not_required_ones(alice: Account) -> None:
    contact = create(alice, **SAM)
    cleared = alice.patch(f"/api/v1/contacts/{contact['id']}", json={"email": None, "title": None})
    assert cleared.json()["email"] is None and cleared.json()["title"] is None
    assert_problem(alice.patch(f"/api/v1/contacts/{contact['id']}", json={"full_name": None}), 422)
    assert_problem(alice.patch(f"/api/v1/contacts/{contact['id']}", json={"stage": None}), 422)
    assert alice.get(f"/api/v1/contacts/{contact['id']}").json()["full_name"] == "Sam Rivera"


def test_manual_stage_change_is_kept(alice: Account) -> None:
    contact = create(alice)
    response = alice.patch(f"/api/v1/contacts/{contact['id']}", json={"stage": "keep_in_touch"})
    assert response.json()["stage"] == "keep_in_touch"
    back = alice.patch(f"/api/v1/contacts/{contact['id']}", json={"stage": "identified"})
    assert back.json()["stage"] == "identified"


def test_delete_answers_204_then_404(alice: Account) -> None:
    contact = create(alice)
    assert alice.delete(f"/api/v1/contacts/{contact['id']}").status_code == 204
    assert_problem(alice.get(f"/api/v1/contacts/{contact['id']}"), 404)
    assert_problem(alice.delete(f"/api/v1/contacts/{contact['id']}"), 404)


def test_deleting_a_contact_deletes_its_touches(alice: Account) -> None:
    contact = create(alice)
    touch = alice.post(
        f"/api/v1/contacts/{contact['id']}/interactions", json={"kind": "note"}
    ).json()
    alice.delete(f"/api/v1/contacts/{contact['id']}")
    assert_problem(alice.get(f"/api/v1/interactions/{touch['id']}"), 404)


def test_etag_changes_on_update_and_if_match_guards_writes(alice: Account) -> None:
    created = alice.post("/api/v1/contacts", json={"full_name": "Kim"})
    url = created.headers["location"]
    first_tag = alice.get(url).headers["etag"]
    ok = alice.patch(url, json={"title": "PI"}, headers={"If-Match": first_tag})
    assert ok.status_code == 200 and ok.headers["etag"] != first_tag
    stale = alice.patch(url, json={"title": "Dean"}, headers={"If-Match": first_tag})
    assert_problem(stale, 412)
    assert_problem(alice.delete(url, headers={"If-Match": first_tag}), 412)
    assert alice.get(url).json()["title"] == "PI"
    assert alice.delete(url, headers={"If-Match": ok.headers["etag"]}).status_code == 204


def test_contact_input_is_validated(alice: Account) -> None:
    cases = [
        {"full_name": ""},
        {"full_name": "   "},
        {"full_name": "x" * 201},
        {"full_name": "A", "email": "not an email"},
        {"full_name": "A", "linkedin_url": "javascript:alert(1)"},
        {"full_name": "A", "linkedin_url": "ftp://example.org"},
        {"full_name": "A", "connection": "enemy"},
        {"full_name": "A", "stage": "married"},
        {"full_name": "A", "tags": ["x" * 41]},
        {"full_name": "A", "tags": [str(i) for i in range(31)]},
        {"full_name": "A", "keep_in_touch_days": 0},
        {"full_name": "A", "keep_in_touch_days": "often"},
        {"full_name": "A", "notes": "x" * 20_001},
        {"full_name": "A", "last_contacted_at": "2026-01-01T00:00:00Z"},
        {"full_name": "A", "user_id": "00000000-0000-0000-0000-000000000000"},
        {"full_name": "A", "id": "00000000-0000-0000-0000-000000000000"},
        {},
    ]
    for body in cases:
        problem = assert_problem(alice.post("/api/v1/contacts", json=body), 422)
        assert problem["errors"], body
    assert alice.get("/api/v1/contacts").json()["items"] == []
