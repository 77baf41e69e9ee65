"""OWASP API3 for counselors: for each scope, every answer a counselor gets holds exactly the
fields that scope allows — each field walked against the OpenAPI document's response schema —
and never an e-mail address, a phone number or notes the scope does not name."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi import FastAPI

from rapport.contacts.models import Stage
from tests.conftest import Account, assert_problem
from tests.factories import counselor_link, create_share
from tests.security.crawl import API, operations, resolve
from tests.shares.helpers import StudentData, give_data

NONE = {"pipeline": False, "interviews": False, "notes": False, "referrals": False}
SCOPES = {
    "pipeline": {**NONE, "pipeline": True},
    "interviews": {**NONE, "interviews": True},
    "notes": {**NONE, "notes": True},
    "referrals": {**NONE, "referrals": True},
    "interviews and notes": {**NONE, "interviews": True, "notes": True},
    "everything": {part: True for part in NONE},
}


def _page(*fields: str) -> set[str]:
    return {"items", "next_cursor", *(f"items[].{field}" for field in fields)}


SCOPE = {"scope", *(f"scope.{part}" for part in NONE)}
OVERVIEW = {"id", "student_name", "expires_at", "shared_at", *SCOPE}
STAGE_COUNTS = {"stage_counts", *(f"stage_counts.{stage}" for stage in Stage)}
CONTACTS = _page("id", "full_name", "organization", "stage")
INTERVIEWS = _page(
    "id",
    "contact_id",
    "contact_name",
    "contact_organization",
    "status",
    "scheduled_at",
    "completed_at",
    "goals",
    "takeaways",
)
TOUCHES = _page("id", "contact_id", "contact_name", "kind", "occurred_at", "summary")
NETWORK = {
    "nodes",
    *(f"nodes[].{field}" for field in ("id", "full_name", "organization", "stage")),
    "edges",
    *(f"edges[].{field}" for field in ("referral_id", "source", "target", "status")),
    "truncated",
    "referral_yield",
    *(
        f"referral_yield.{field}"
        for field in (
            "completed_interviews",
            "referrals",
            "referrals_per_completed_interview",
            "referred_contacts",
            "referred_interviewed",
        )
    ),
}
COMMENTS = _page("id", "share_id", "interview_id", "body", "created_at")


def allowed_fields(scope: dict[str, bool], section: str) -> set[str] | None:
    """The documented fields of each counselor answer for a scope; None: it answers 404."""
    match section:
        case "":
            return OVERVIEW | (STAGE_COUNTS if scope["pipeline"] else set())
        case "/contacts":
            return CONTACTS if scope["pipeline"] else None
        case "/interviews":
            if not scope["interviews"]:
                return None
            return INTERVIEWS | ({"items[].notes"} if scope["notes"] else set())
        case "/touches":
            return TOUCHES if scope["notes"] else None
        case "/network":
            return NETWORK if scope["referrals"] else None
        case "/comments":
            return COMMENTS
    raise AssertionError(section)


def answer_fields(document: dict[str, Any], schema: dict[str, Any], value: Any, at: str) -> set:
    """Every field path in the answer, each one checked against the schema: declared there, and
    no required one missing."""
    schema = resolve(document, schema)
    if "anyOf" in schema:
        options = [resolve(document, option) for option in schema["anyOf"]]
        if value is None:
            assert any(o.get("type") == "null" for o in options), at
            return set()
        schema = next(o for o in options if o.get("type") != "null")
    found: set[str] = set()
    if isinstance(value, dict):
        declared = schema.get("properties", {})
        assert not set(value) - set(declared), (at, set(value) - set(declared))
        assert not set(schema.get("required", [])) - set(value), at
        for key, item in value.items():
            found.add(at + key)
            found |= answer_fields(document, declared[key], item, f"{at}{key}.")
    elif isinstance(value, list):
        for item in value:
            found |= answer_fields(document, schema["items"], item, at.rstrip(".") + "[].")
    return found


def _response_schema(app: FastAPI, section: str) -> dict[str, Any]:
    path = f"{API}/shared/{{shared_id}}{section}"
    op = next(op for op in operations(app) if op.path == path and op.method == "get")
    schema: dict[str, Any] = op.spec["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def _check_words(text: str, data: StudentData, scope: dict[str, bool], label: str) -> None:
    for private in (*data.emails, *data.phones, *data.never_shown):
        assert private not in text, (label, private)
    if not scope["notes"]:
        assert data.interview_notes not in text, label
        assert data.touch_summary not in text, label
    if not scope["interviews"]:
        assert data.goals not in text and data.takeaways not in text, label


@pytest.mark.parametrize("scope_name", list(SCOPES))
def test_a_counselor_sees_exactly_the_fields_of_the_scope(
    app: FastAPI, alice: Account, scope_name: str
) -> None:
    scope = SCOPES[scope_name]
    data = give_data(alice)
    share = create_share(alice, scope=scope)
    counselor = counselor_link(app, share["token"])
    assert counselor.post(f"{API}/shared/{share['id']}/comments", json={"body": "Hi"}).is_success
    document = app.openapi()
    shown = []
    for section in ("", "/contacts", "/interviews", "/touches", "/network", "/comments"):
        response = counselor.get(f"{API}/shared/{share['id']}{section}")
        allowed = allowed_fields(scope, section)
        if allowed is None:
            assert_problem(response, 404)
            continue
        assert response.status_code == 200, (section, response.text)
        found = answer_fields(document, _response_schema(app, section), response.json(), "")
        assert found == allowed, (section, found ^ allowed)
        _check_words(response.text, data, scope, section or "overview")
        shown.append(section)
    listed = counselor.get(f"{API}/shared")
    _check_words(listed.text, data, NONE, "shared with me")
    assert shown


def test_notes_shown_are_the_interview_notes_and_touch_summaries(
    app: FastAPI, alice: Account
) -> None:
    data = give_data(alice)
    share = create_share(alice, scope=SCOPES["interviews and notes"])
    counselor = counselor_link(app, share["token"])
    interviews = counselor.get(f"{API}/shared/{share['id']}/interviews").json()["items"]
    assert [i["notes"] for i in interviews] == ["INTERVIEW-NOTE: one postdoc was enough"]
    touches = counselor.get(f"{API}/shared/{share['id']}/touches").json()["items"]
    assert [t["summary"] for t in touches] == ["TOUCH-SUMMARY: sent the paper"]
    assert data.interview_notes in json.dumps(interviews)


def test_no_counselor_schema_has_a_field_for_contact_details_or_private_notes(
    app: FastAPI,
) -> None:
    """Statically, over the OpenAPI document: every schema a counselor's answer can hold."""
    document = app.openapi()
    private = re.compile(r"email|phone|notes|pitch|linkedin|location|title|questions")
    allowed = {("SharedInterview", "notes"), ("ShareScope", "notes")}  # the latter a flag
    seen: set[str] = set()
    pending = [
        op.spec["responses"]["200"]["content"]["application/json"]["schema"]
        for op in operations(app)
        if op.path.startswith(f"{API}/shared") and op.method == "get"
    ]
    while pending:
        for name in re.findall(r'"#/components/schemas/(\w+)"', json.dumps(pending.pop())):
            if name not in seen:
                seen.add(name)
                pending.append(document["components"]["schemas"][name])
    offending = [
        (name, field)
        for name in seen
        for field in document["components"]["schemas"][name].get("properties", {})
        if private.search(field) and (name, field) not in allowed
    ]
    assert not offending
    assert {"SharedInterview", "SharedContact", "SharedTouch", "NetworkNode"} <= seen
