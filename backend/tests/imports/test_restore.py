"""`POST /imports/archive`: an export restored into another account, all or nothing."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.conftest import Account, assert_problem
from tests.fixtures.seed import add_webhook
from tests.imports.helpers import canonical, contacts, fixture, imported, upload

NOW = datetime.now(UTC).replace(microsecond=0)


def created(response: Any) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    return response.json()


def build_rich_account(account: Account) -> None:
    """A bit of everything, made through the API the way a student would."""
    account.patch(
        "/api/v1/me",
        json={
            "timezone": "America/Chicago",
            "pitch": 'PhD candidate in bioengineering, curious about "industry" R&D.',
            "settings": {"default_keep_in_touch_days": 45, "digest_hour": 7},
        },
    )
    sam = created(
        account.post(
            "/api/v1/contacts",
            json={
                "full_name": "Sam Rivera",
                "email": "sam@example.org",
                "organization": "Genentech",
                "connection": "alum",
                "connection_note": 'Same PhD program; she said "call me Sam".',
                "tags": ["biotech", "mentor"],
                "notes": "Loves hiking,\ncoffee ☕ and CRISPR.",
            },
        )
    )
    account.post(
        f"/api/v1/contacts/{sam['id']}/interactions",
        json={
            "kind": "email",
            "summary": "Asked for a chat",
            "occurred_at": (NOW - timedelta(days=9)).isoformat(),
        },
    )
    question = created(
        account.post(
            "/api/v1/questions",
            json={
                "text": "What surprised you about industry?",
                "category": "career_path",
                "priority": 5,
            },
        )
    )
    interview = created(
        account.post(
            "/api/v1/interviews",
            json={
                "contact_id": sam["id"],
                "scheduled_at": (NOW - timedelta(days=2)).isoformat(),
                "duration_minutes": 25,
                "location": "https://meet.example.org/sam",
                "goals": "Understand the R&D ladder",
                "questions": [{"bank_question_id": question["id"]}, {"text": "Any advice?"}],
            },
        )
    )
    completed = account.patch(
        f"/api/v1/interviews/{interview['id']}",
        json={"status": "completed", "notes": "Great chat", "asked_for_referrals": True},
    )
    assert completed.status_code == 200, completed.text
    created(
        account.post(
            "/api/v1/referrals",
            json={
                "referrer_contact_id": sam["id"],
                "interview_id": interview["id"],
                "referred": {"full_name": "Priya Raman", "organization": "Broad Institute"},
                "note": "Runs assay development; mention Sam.",
                "intro_offered": True,
            },
        )
    )
    created(
        account.post(
            "/api/v1/reminders",
            json={
                "title": "Send Sam the paper",
                "due_at": (NOW + timedelta(days=3)).isoformat(),
                "contact_id": sam["id"],
                "kind": "share",
            },
        )
    )
    created(
        account.post(
            "/api/v1/templates",
            json={
                "kind": "check_in",
                "name": "Happy new year",
                "subject": "Hello {first_name}",
                "body": "Dear {first_name},\n\nHappy new year! {{not a placeholder}}\n{my_name}",
            },
        )
    )


def export(account: Account) -> dict[str, Any]:
    response = account.get("/api/v1/export")
    assert response.status_code == 200, response.text
    return response.json()


def restore(account: Account, archive: dict[str, Any] | bytes) -> Any:
    data = archive if isinstance(archive, bytes) else json.dumps(archive).encode()
    return upload(account, data, name="export.json", path="/api/v1/imports/archive")


def test_export_restore_export_gives_the_same_data(alice: Account, bob: Account) -> None:
    build_rich_account(alice)
    original = export(alice)
    response = restore(bob, original)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["restored"]["contacts"] == 2 and report["restored"]["interviews"] == 1
    again = export(bob)
    assert canonical(again) == canonical(original)
    # Ids are new, and nothing points back into the original account.
    old_ids = {
        r["id"] for section in ("contacts", "interviews", "questions") for r in original[section]
    }
    assert not old_ids & {
        r["id"] for section in ("contacts", "interviews", "questions") for r in again[section]
    }


def test_references_point_at_the_restored_records(alice: Account, bob: Account) -> None:
    build_rich_account(alice)
    assert restore(bob, export(alice)).status_code == 200
    people = {c["full_name"]: c for c in contacts(bob)}
    assert people["Priya Raman"]["referred_by_contact_id"] == people["Sam Rivera"]["id"]
    (interview,) = bob.get("/api/v1/interviews").json()["items"]
    assert interview["contact_id"] == people["Sam Rivera"]["id"]
    bank = {
        q["id"]: q["text"]
        for q in bob.get("/api/v1/questions", params={"limit": 200}).json()["items"]
    }
    linked = interview["questions"][0]
    assert bank[linked["bank_question_id"]] == "What surprised you about industry?"
    (referral,) = bob.get("/api/v1/referrals").json()["items"]
    assert referral["interview_id"] == interview["id"]
    assert referral["referrer_contact_id"] == people["Sam Rivera"]["id"]


def test_profile_and_settings_are_restored_but_not_the_email(alice: Account, bob: Account) -> None:
    build_rich_account(alice)
    assert restore(bob, export(alice)).status_code == 200
    me = bob.get("/api/v1/me").json()
    assert me["email"] == bob.email
    assert me["timezone"] == "America/Chicago"
    assert me["settings"]["default_keep_in_touch_days"] == 45
    assert me["name"] == "Alice Ng"


def test_the_question_bank_and_templates_are_replaced_not_duplicated(
    alice: Account, bob: Account
) -> None:
    build_rich_account(alice)
    original = export(alice)
    assert restore(bob, original).status_code == 200
    again = export(bob)
    assert len(again["questions"]) == len(original["questions"])
    assert len(again["templates"]) == len(original["templates"])


def test_derived_state_is_recomputed_not_trusted(alice: Account, bob: Account) -> None:
    sam = created(
        alice.post("/api/v1/contacts", json={"full_name": "Sam", "keep_in_touch_days": 10})
    )
    archive = export(alice)
    archive["contacts"][0]["next_touch_due"] = "2099-01-01T00:00:00Z"
    archive["contacts"][0]["last_contacted_at"] = "2000-01-01T00:00:00Z"
    archive["reminders"][0]["due_at"] = "2099-01-01T00:00:00Z"
    assert restore(bob, archive).status_code == 200
    (restored,) = contacts(bob)
    assert restored["next_touch_due"] == sam["next_touch_due"]
    assert restored["last_contacted_at"] is None
    (reminder,) = bob.get("/api/v1/reminders").json()["items"]
    assert reminder["due_at"] == sam["next_touch_due"]


def test_a_missing_keep_in_touch_reminder_is_created(alice: Account, bob: Account) -> None:
    created(alice.post("/api/v1/contacts", json={"full_name": "Sam", "keep_in_touch_days": 10}))
    archive = export(alice)
    archive["reminders"] = []
    assert restore(bob, archive).status_code == 200
    (reminder,) = bob.get("/api/v1/reminders").json()["items"]
    assert reminder["kind"] == "keep_in_touch" and reminder["title"] == "Keep in touch with Sam"


def test_a_gzipped_archive_is_restored(alice: Account, bob: Account) -> None:
    build_rich_account(alice)
    original = export(alice)
    response = restore(bob, gzip.compress(json.dumps(original).encode()))
    assert response.status_code == 200, response.text
    assert canonical(export(bob)) == canonical(original)


def test_webhooks_are_listed_as_skipped(alice: Account, bob: Account, app: FastAPI) -> None:
    add_webhook(app, user_id=alice.user_id, events=["contact.created"])
    report = restore(bob, export(alice)).json()
    assert report["skipped"] == {"webhooks": 1}
    assert any("secret" in note for note in report["notes"])
    assert export(bob)["webhooks"] == []


def test_restoring_into_an_account_with_contacts_is_409_and_changes_nothing(
    alice: Account, bob: Account
) -> None:
    build_rich_account(alice)
    created(bob.post("/api/v1/contacts", json={"full_name": "Already here"}))
    before = export(bob)
    assert_problem(restore(bob, export(alice)), 409)
    after = export(bob)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before


def test_an_invalid_record_is_422_naming_it_and_nothing_is_written(
    alice: Account, bob: Account
) -> None:
    build_rich_account(alice)
    archive = export(alice)
    archive["contacts"][1]["email"] = "not an e-mail"
    archive["contacts"][0]["full_name"] = "x" * 201
    before = export(bob)
    body = assert_problem(restore(bob, archive), 422)
    fields = {error["field"] for error in body["errors"]}
    assert fields == {"contacts.1.email", "contacts.0.full_name"}
    after = export(bob)
    assert canonical(after) == canonical(before)


def test_broken_references_and_rules_are_422(alice: Account, bob: Account) -> None:
    build_rich_account(alice)
    archive = export(alice)
    archive["interactions"][0]["contact_id"] = "no-such-contact"
    archive["referrals"][0]["referred_contact_id"] = archive["referrals"][0]["referrer_contact_id"]
    archive["interviews"][0]["status"] = "scheduled"
    archive["interviews"][0]["scheduled_at"] = None
    archive["templates"][-1]["body"] = "Hi {nickname}"
    keep = next(r for r in archive["reminders"] if r["kind"] == "keep_in_touch")
    archive["reminders"].append({**keep, "id": "another"})
    body = assert_problem(restore(bob, archive), 422)
    fields = {error["field"] for error in body["errors"]}
    assert "interactions.0.contact_id" in fields
    assert "referrals.0.referred_contact_id" in fields
    assert "interviews.0.scheduled_at" in fields
    assert "interviews.0.completed_at" in fields
    assert f"templates.{len(archive['templates']) - 1}.body" in fields
    assert f"reminders.{len(archive['reminders']) - 1}" in fields
    assert contacts(bob) == []


def test_files_that_are_not_exports_are_422(bob: Account) -> None:
    cases = {
        b"not json at all": "file",
        b"[1, 2, 3]": "format",
        json.dumps({"format": "something-else", "version": 1}).encode(): "format",
        json.dumps({"format": "rapport-export", "version": 2, "user": {}}).encode(): "version",
        json.dumps({"format": "rapport-export", "version": 1}).encode(): "user",
        b"\x1f\x8b\x08\x00garbage": "file",
        fixture("linkedin_connections.csv"): "file",
    }
    for data, field in cases.items():
        body = assert_problem(restore(bob, data), 422)
        assert body["errors"][0]["field"] == field, (data[:30], body)
    assert contacts(bob) == []


def test_a_gzip_bomb_is_refused(bob: Account) -> None:
    bomb = gzip.compress(b"{" + b" " * (101 * 1024 * 1024) + b"}")
    assert len(bomb) < 5 * 1024 * 1024
    body = assert_problem(restore(bob, bomb), 422)
    assert "MiB" in body["detail"]


def test_restore_needs_a_signed_in_writer(alice: Account, client: TestClient, app: FastAPI) -> None:
    data = json.dumps(export(alice)).encode()
    files = {"file": ("export.json", data)}
    assert_problem(client.post("/api/v1/imports/archive", files=files), 401)
    token = alice.post("/api/v1/me/tokens", json={"name": "r", "scopes": ["read"]}).json()
    reader = TestClient(app, headers={"Authorization": f"Bearer {token['token']}"})
    assert_problem(reader.post("/api/v1/imports/archive", files=files), 403)


def test_restore_writes_only_into_the_callers_account(alice: Account, bob: Account) -> None:
    build_rich_account(alice)
    before = export(alice)
    assert restore(bob, before).status_code == 200
    after = export(alice)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before


def test_an_imported_address_book_survives_the_round_trip(alice: Account, bob: Account) -> None:
    for name in (
        "linkedin_connections.csv",
        "google_contacts.csv",
        "contacts_v3.vcf",
        "rapport_contacts.csv",
    ):
        imported(alice, fixture(name), name=name)
    original = export(alice)
    assert restore(bob, original).status_code == 200
    assert canonical(export(bob)) == canonical(original)
