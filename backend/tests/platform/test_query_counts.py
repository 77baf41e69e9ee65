"""No N+1 queries: every list and detail endpoint runs the same number of SQL statements whether
the account has one row of each kind or many.

Generated from the OpenAPI document: every GET operation is called for an account where each
create operation ran once and for one where it ran MANY times (touches, interviews, referrals
and reminders all hang off the same contact, so its timeline grows too), and the statements
each request sends to the database are counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI

from tests.conftest import Account
from tests.factories import PATH_OBJECTS
from tests.statements import counting

MANY = 4

Ids = dict[str, str]
# How to run each create operation (answering 201) once more for an account, as the i-th time.
# Every create operation must be here, so a new kind of row cannot escape the comparison.
GROWERS: dict[str, Callable[[Ids, int], dict[str, Any]]] = {
    "create_contact": lambda ids, i: {
        "full_name": f"Grown Contact {i}",
        "organization": "Grown Labs",
        "tags": ["grown", f"tag-{i}"],
        "keep_in_touch_days": 30,
    },
    "create_interaction": lambda ids, i: {"kind": "email", "summary": f"touch {i}"},
    "create_interview": lambda ids, i: {
        "contact_id": ids["contact_id"],
        "scheduled_at": f"2030-03-{i + 1:02d}T15:00:00Z",
        "questions": [{"text": f"Question {i}?"}, {"text": "What surprised you?"}],
    },
    "create_question": lambda ids, i: {"text": f"Grown question {i}?", "priority": 3},
    "create_referral": lambda ids, i: {
        "referrer_contact_id": ids["contact_id"],
        "referred": {"full_name": f"Grown Referred {i}"},
    },
    "create_reminder": lambda ids, i: {
        "title": f"Grown reminder {i}",
        "due_at": f"2030-01-{i + 1:02d}T09:00:00Z",
        "contact_id": ids["contact_id"],
    },
    "create_template": lambda ids, i: {
        "kind": "outreach",
        "name": f"Grown {i}",
        "subject": "Hi",
        "body": "Hi {first_name}",
    },
    "create_token": lambda ids, i: {"name": f"grown {i}"},
    "quick_log": lambda ids, i: {
        "contact": f"quick.{i}@example.org",
        "name": f"Quick Log {i}",
        "kind": "call",
    },
    "create_share": lambda ids, i: {"counselor_email": f"grown.counselor.{i}@example.edu"},
    "create_shared_comment": lambda ids, i: {"body": f"Grown comment {i}"},
    "create_webhook": lambda ids, i: {
        "url": f"https://receiver.example.com/grown/{i}",
        "events": ["contact.created", "interview.scheduled", "referral.created"],
    },
}
# Create operations that make no row of an existing account.
NOT_GROWERS = {"register"}


def _operations(app: FastAPI) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in app.openapi()["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def _creates(app: FastAPI) -> list[tuple[str, str]]:
    return [
        (path, operation["operationId"])
        for path, method, operation in _operations(app)
        if method == "post" and "201" in operation["responses"]
    ]


def _reads(app: FastAPI) -> list[tuple[str, str]]:
    return [
        (path, operation["operationId"])
        for path, method, operation in _operations(app)
        if method == "get" and path not in ("/healthz", "/readyz")
    ]


def _populate(app: FastAPI, account: Account, times: int) -> Ids:
    ids = {name: make(account) for name, make in PATH_OBJECTS.items()}
    for path, operation_id in _creates(app):
        if operation_id in NOT_GROWERS:
            continue
        for i in range(times):
            response = account.post(path.format(**ids), json=GROWERS[operation_id](ids, i))
            assert response.status_code == 201, (operation_id, response.text)
    feed = account.get("/api/v1/me/calendar")
    assert feed.status_code == 200, feed.text
    ids["feed_token"] = urlsplit(feed.json()["url"]).path.rsplit("/", 1)[1].removesuffix(".ics")
    return ids


def _measure(app: FastAPI, account: Account, url: str) -> tuple[int, Any, list[str]]:
    account.get(url)  # the first use of a token records it; count a steady request
    with counting(app) as statements:
        response = account.get(url)
    assert response.status_code == 200, (url, response.text)
    is_json = response.headers["content-type"].startswith("application/json")
    return len(statements), response.json() if is_json else response.text, statements


def _size(body: Any) -> int:
    """How many rows a list answer carries (0 for anything else)."""
    if isinstance(body, dict) and isinstance(body.get("items"), list):
        return len(body["items"])
    return 0


@pytest.fixture
def worlds(
    app: FastAPI, make_account: Callable[..., Account]
) -> tuple[tuple[Account, Ids], tuple[Account, Ids]]:
    one = make_account("One Row")
    many = make_account("Many Rows")
    return (one, _populate(app, one, 1)), (many, _populate(app, many, MANY))


def test_every_create_operation_can_grow_the_data(app: FastAPI) -> None:
    missing = {op for _, op in _creates(app)} - GROWERS.keys() - NOT_GROWERS
    assert not missing, f"add GROWERS entries in {__name__} for {sorted(missing)}"


def test_no_read_runs_more_queries_for_more_rows(
    app: FastAPI, worlds: tuple[tuple[Account, Ids], tuple[Account, Ids]]
) -> None:
    (one, one_ids), (many, many_ids) = worlds
    grows: list[str] = []
    failures: list[str] = []
    reads = _reads(app)
    assert len(reads) >= 25, reads
    for path, operation_id in reads:
        names = re.findall(r"{(\w+)}", path)
        count_one, body_one, _ = _measure(app, one, path.format(**{n: one_ids[n] for n in names}))
        count_many, body_many, statements = _measure(
            app, many, path.format(**{n: many_ids[n] for n in names})
        )
        assert count_one > 0, f"{operation_id}: no statement seen; is the right engine watched?"
        if count_many > count_one:
            failures.append(
                f"{operation_id}: {count_one} statements for one row of each kind, {count_many} "
                f"for {MANY}:\n    " + "\n    ".join(s.split("\n")[0][:120] for s in statements)
            )
        if _size(body_many) > _size(body_one):
            grows.append(operation_id)
    assert not failures, "N+1 queries:\n" + "\n".join(failures)
    # The comparison means something only if the lists really were longer.
    for listing in ("list_contacts", "list_interactions", "contact_timeline", "list_reminders"):
        if listing in {op for _, op in reads}:
            assert listing in grows, f"{listing} did not grow; GROWERS do not reach it"
