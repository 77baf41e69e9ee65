"""`GET /export` (JSON archive), `/export/contacts.csv` and `/export/contacts.vcf`."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from rapport.exports.schemas import Archive, ArchiveWebhook
from rapport.exports.spreadsheet import CONTACT_CSV_COLUMNS
from rapport.interviews.models import InterviewStatus
from tests.conftest import Account, assert_problem
from tests.fixtures.seed import add_contacts_in_bulk, add_interview, add_reminder, add_webhook

SAM = {
    "full_name": "Sam Rivera",
    "email": "sam.rivera@example.org",
    "phone": "+1 555 0100",
    "linkedin_url": "https://www.linkedin.com/in/sam-rivera",
    "organization": "Genentech",
    "title": "Senior Scientist",
    "location": "South San Francisco, CA",
    "connection": "alum",
    "connection_note": "Same PhD program, class of 2019.",
    "tags": ["biotech", "alumni"],
    "notes": 'Met at the "alumni mixer";\nasked about assays, careers.',
    "keep_in_touch_days": 90,
}


def create_contact(account: Account, **fields: object) -> dict:
    response = account.post("/api/v1/contacts", json={"full_name": "Someone", **fields})
    assert response.status_code == 201, response.text
    return response.json()


def export(account: Account) -> dict:
    response = account.get("/api/v1/export")
    assert response.status_code == 200, response.text
    return response.json()


def test_the_archive_is_versioned_and_has_every_section(alice: Account) -> None:
    response = alice.get("/api/v1/export")
    assert response.headers["content-type"] == "application/json"
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="rapport-alice-ng-')
    assert disposition.endswith('.json"')
    body = response.json()
    assert body["format"] == "rapport-export" and body["version"] == 1
    assert datetime.fromisoformat(body["exported_at"]).tzinfo is not None
    # Every part the documented schema has, in its order, and nothing else.
    assert list(body) == list(Archive.model_fields)
    Archive.model_validate(body)


def test_the_user_section_has_profile_and_settings_but_no_secrets(alice: Account) -> None:
    alice.patch(
        "/api/v1/me",
        json={
            "pitch": "PhD student in bioengineering.",
            "settings": {"default_keep_in_touch_days": 60, "digest_hour": 7},
        },
    )
    user = export(alice)["user"]
    assert user["email"] == alice.email and user["name"] == "Alice Ng"
    assert user["pitch"] == "PhD student in bioengineering."
    assert user["settings"]["default_keep_in_touch_days"] == 60
    assert user["settings"]["digest_hour"] == 7
    text = json.dumps(user)
    for secret in ("password", "hash", "nonce", "calendar", alice.token):
        assert secret not in text


def test_contacts_and_their_touches_are_exported_field_by_field(alice: Account) -> None:
    contact = create_contact(alice, **SAM)
    touch = alice.post(
        f"/api/v1/contacts/{contact['id']}/interactions",
        json={"kind": "email", "summary": "Thanks, 🙏 — see you at ASCB!"},
    ).json()
    archive = export(alice)
    (exported,) = archive["contacts"]
    fresh = alice.get(f"/api/v1/contacts/{contact['id']}").json()
    assert exported == fresh
    (exported_touch,) = archive["interactions"]
    assert exported_touch == touch


def test_interviews_reminders_and_webhooks_are_exported_without_secrets(
    alice: Account, app: FastAPI
) -> None:
    contact = create_contact(alice, full_name="Priya Raman")
    when = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    interview_id = add_interview(
        app,
        user_id=alice.user_id,
        contact_id=contact["id"],
        scheduled_at=when,
        status=InterviewStatus.scheduled,
        goals="Her path from postdoc to biotech",
        questions=[
            {
                "id": str(uuid.uuid4()),
                "text": "How did you choose?",
                "priority": 4,
                "asked": False,
                "notes": "",
                "bank_question_id": None,
            }
        ],
    )
    reminder_id = add_reminder(
        app, user_id=alice.user_id, title="Prepare questions", due_at=when - timedelta(days=1)
    )
    add_webhook(
        app,
        user_id=alice.user_id,
        events=["contact.created"],
        secret_encrypted="TOP-SECRET-CIPHERTEXT",
    )
    response = alice.get("/api/v1/export")
    assert "TOP-SECRET-CIPHERTEXT" not in response.text
    archive = response.json()
    (interview,) = archive["interviews"]
    assert interview["id"] == interview_id and interview["contact_id"] == contact["id"]
    assert interview["scheduled_at"] == "2026-12-03T15:00:00Z"
    assert interview["goals"] == "Her path from postdoc to biotech"
    assert interview["questions"][0]["text"] == "How did you choose?"
    assert reminder_id in {r["id"] for r in archive["reminders"]}
    (webhook,) = archive["webhooks"]
    assert webhook["url"] == "https://hooks.example.edu/rapport"
    assert set(webhook) == set(ArchiveWebhook.model_fields)  # which holds no secret


def test_the_export_holds_only_your_own_data(alice: Account, bob: Account) -> None:
    create_contact(bob, full_name="Bob's contact")
    create_contact(alice, full_name="Alice's contact")
    names = [c["full_name"] for c in export(alice)["contacts"]]
    assert names == ["Alice's contact"]


def test_export_needs_sign_in(client: TestClient) -> None:
    for path in ("/api/v1/export", "/api/v1/export/contacts.csv", "/api/v1/export/contacts.vcf"):
        assert_problem(client.get(path), 401)


def test_a_read_only_token_can_export(alice: Account, app: FastAPI) -> None:
    token = alice.post("/api/v1/me/tokens", json={"name": "r", "scopes": ["read"]}).json()
    reader = TestClient(app, headers={"Authorization": f"Bearer {token['token']}"})
    assert reader.get("/api/v1/export").status_code == 200


def csv_rows(account: Account) -> list[dict[str, str]]:
    response = account.get("/api/v1/export/contacts.csv")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].endswith('.csv"')
    assert response.content.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_contacts_csv_has_our_columns_and_survives_quotes_commas_and_newlines(
    alice: Account,
) -> None:
    contact = create_contact(alice, **SAM)
    (row,) = csv_rows(alice)
    # The columns the import reads back, then the read-only ones.
    assert list(row) == list(CONTACT_CSV_COLUMNS)
    assert row["full_name"] == "Sam Rivera"
    assert row["notes"] == SAM["notes"]
    assert row["location"] == "South San Francisco, CA"
    assert row["tags"] == "biotech; alumni"
    assert row["keep_in_touch_days"] == "90"
    assert row["id"] == contact["id"]
    assert row["phone"] == "'+1 555 0100"  # a leading + is a formula to a spreadsheet


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (
            '=HYPERLINK("http://evil.example","click")',
            '\'=HYPERLINK("http://evil.example","click")',
        ),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("'=1", "''=1"),
        ("harmless = text", "harmless = text"),
        ("O'Brien", "O'Brien"),
    ],
)
def test_csv_cells_that_look_like_formulas_are_neutralized(
    alice: Account, value: str, written: str
) -> None:
    create_contact(alice, full_name="Formula Person", title=value, notes=value)
    (row,) = csv_rows(alice)
    assert row["notes"] == written
    if value.strip() == value:
        assert row["title"] == written


def test_contacts_vcf_is_vcard_3_with_escaping_and_folding(alice: Account) -> None:
    create_contact(
        alice,
        **{
            **SAM,
            "full_name": "José Ñúñez-Ærøskøbing",
            "notes": "Línea uno; dos, tres\n" + "é" * 80,
        },
    )
    response = alice.get("/api/v1/export/contacts.vcf")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/vcard; charset=utf-8"
    text = response.content.decode()
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:3.0"
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "FN:José Ñúñez-Ærøskøbing\r\n" in unfolded
    assert "N:Ñúñez-Ærøskøbing;José;;;\r\n" in unfolded
    assert "EMAIL;TYPE=INTERNET:sam.rivera@example.org\r\n" in unfolded
    assert "ORG:Genentech\r\n" in unfolded
    assert "TITLE:Senior Scientist\r\n" in unfolded
    assert "NOTE:Línea uno\\; dos\\, tres\\n" + "é" * 80 + "\r\n" in unfolded
    assert "CATEGORIES:biotech,alumni\r\n" in unfolded
    assert "URL;TYPE=linkedin:https://www.linkedin.com/in/sam-rivera\r\n" in unfolded
    assert text.endswith("END:VCARD\r\n")


def test_ten_thousand_contacts_export_whole_in_every_format(alice: Account, app: FastAPI) -> None:
    # How fast it goes is measured by `make bench`, not here.
    add_contacts_in_bulk(app, user_id=alice.user_id, count=10_000)
    response = alice.get("/api/v1/export")
    assert response.status_code == 200
    assert len({contact["id"] for contact in response.json()["contacts"]}) == 10_000
    table = alice.get("/api/v1/export/contacts.csv")
    assert table.status_code == 200
    assert len(list(csv.reader(io.StringIO(table.text)))) == 1 + 10_000
    cards = alice.get("/api/v1/export/contacts.vcf")
    assert cards.status_code == 200
    assert cards.text.count("BEGIN:VCARD") == cards.text.count("END:VCARD") == 10_000
