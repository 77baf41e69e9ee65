"""What the OpenAPI document can only describe, honoured by the data Schemathesis generates.

Some rules cannot be said in JSON Schema: a time zone must be one the tz database knows; an
`If-Match` must carry an ETag you read; an `Idempotency-Key` must not have been used for another
request; a `cursor` must be the `next_cursor` of an earlier page; a time must lie within a window
around *now*; an id in a body must name one of *your* objects; the current password must be
yours; a webhook must point at a public address; an upload must be a real CSV or export. The
document describes each (descriptions, custom `format`s); this module makes schema-valid
("positive") test data honour them, so that Schemathesis' `positive_data_acceptance` check holds
the server to everything else. The server is never loosened for the fuzzer, and invalid
("negative") data is left as generated.

Loaded by the in-suite run (`tests/reliability/fuzzing.py`, which hands it a client for the app
under test) and by the CLI run against a served app (`make contract`, through
`schemathesis.toml`; the client then comes from `RAPPORT_CONTRACT_*`, see `contract_run.py`).
"""

from __future__ import annotations

import copy
import json
import os
import uuid
import zoneinfo
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import schemathesis
from hypothesis import strategies as st
from pydantic import EmailStr, TypeAdapter, ValidationError
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from rapport.auth import service as auth_service
from rapport.auth.models import AccessToken, TokenKind

API = "/api/v1"
# The account's password, known to the runner (`tests.conftest.PASSWORD` in the suite).
PASSWORD = os.environ.get("RAPPORT_CONTRACT_PASSWORD", "correct horse battery staple")
EMAIL = os.environ.get("RAPPORT_CONTRACT_EMAIL", "")
# A share another student made for the run's account, and one the run's account made for that
# student, with that student's token (`contract_run.second_student`).
SHARED_ID = os.environ.get("RAPPORT_CONTRACT_SHARED_ID", "")
OWN_SHARE_ID = os.environ.get("RAPPORT_CONTRACT_OWN_SHARE_ID", "")
COUNSELOR_TOKEN = os.environ.get("RAPPORT_CONTRACT_COUNSELOR_TOKEN", "")
PUBLIC_WEBHOOK_URL = "https://hooks.example.edu/rapport"
# Uploads as text: the document's `format: binary` strings (bytes would read as schema-invalid).
CONTACTS_CSV = "full_name,email\r\nContract Fixture,contract.fixture@example.org\r\n"
EMPTY_ARCHIVE = json.dumps(
    {"format": "rapport-export", "version": 1, "user": {"name": "Ada Student"}}
)

_ZONES = zoneinfo.available_timezones()

schemathesis.openapi.format("iana-time-zone", st.sampled_from(sorted(_ZONES)))
# `*` matches the current version of an object that exists (RFC 9110 §13.1.1); a real ETag is
# only known after a read.
schemathesis.openapi.format("etag-list", st.just("*"))
# A client sends a fresh key per logical request; a reused key with another body is refused (422).
schemathesis.openapi.format("idempotency-key", st.builds(lambda: str(uuid.uuid4())))


class _Account:
    """Reads (and, when there are none, creates) the account's own objects, to put their ids
    where the document says "one of your contacts"."""

    def __init__(self) -> None:
        self.client: httpx.Client | None = None

    def _items(self, path: str, **params: Any) -> list[dict[str, Any]]:
        assert self.client is not None
        answer = self.client.get(f"{API}{path}", params={"limit": 10, **params})
        return answer.json()["items"] if answer.status_code == 200 else []

    def _create(self, path: str, body: dict[str, Any]) -> str | None:
        assert self.client is not None
        answer = self.client.post(f"{API}{path}", json=body)
        return answer.json()["id"] if answer.status_code == 201 else None

    def contacts(self, count: int) -> list[str]:
        ids = [item["id"] for item in self._items("/contacts")][:count]
        while len(ids) < count:
            created = self._create("/contacts", {"full_name": f"Contract Fixture {len(ids)}"})
            if created is None:
                break
            ids.append(created)
        return ids

    def question(self) -> str | None:
        found = self._items("/questions")
        if found:
            return str(found[0]["id"])
        return self._create("/questions", {"text": "What surprised you?", "category": "advice"})


account = _Account()


def use_client(client: httpx.Client | None) -> None:
    """The client (with credentials) the hooks use to look up the account's objects."""
    account.client = client


class KeptToken:
    """The run's personal token, put back with the same secret whenever a fuzzed request revokes
    it (`POST /auth/logout` revokes the token it is sent with; `DELETE /me/tokens/{id}` may hit
    it), so that every operation keeps being tested signed in."""

    def __init__(self, sessions: Callable[[], Session], user_id: uuid.UUID, raw: str) -> None:
        self.sessions = sessions
        self.user_id = user_id
        self.raw = raw
        self.restore()

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.raw}"}

    def restore(self) -> None:
        digest = auth_service.hash_secret(self.raw)
        with self.sessions() as session, session.begin():
            kept = select(AccessToken.id).where(AccessToken.token_hash == digest)
            if session.scalars(kept).one_or_none() is None:
                session.add(
                    AccessToken(
                        user_id=self.user_id,
                        kind=TokenKind.personal,
                        name="contract run",
                        token_hash=digest,
                        scopes=["read", "write"],
                    )
                )


kept_token: KeptToken | None = None
_REVOKING = frozenset({f"{API}/auth/logout", f"{API}/me/tokens/{{token_id}}"})


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    if kept_token is not None and case.operation.path in _REVOKING:
        kept_token.restore()


def _from_environment() -> None:
    """The CLI run (`contract_run.py`) passes the served app, its database and the token."""
    global kept_token
    url, token = os.environ.get("RAPPORT_CONTRACT_URL"), os.environ.get("RAPPORT_CONTRACT_TOKEN")
    database_url = os.environ.get("RAPPORT_CONTRACT_DATABASE_URL")
    if not (url and token and database_url):
        return
    client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"})
    user_id = uuid.UUID(client.get(f"{API}/me").json()["id"])
    kept_token = KeptToken(sessionmaker(create_engine(database_url)), user_id, token)
    use_client(client)


_from_environment()


def _is_positive(case: Any) -> bool:
    """Schema-valid in every part (a case is negative as soon as one part is)."""
    meta = getattr(case, "meta", None)
    return (
        meta is not None
        and meta.generation.mode.is_positive
        and all(component.mode.is_positive for component in meta.components.values())
    )


def _time(value: Any) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return parsed if parsed is not None and parsed.tzinfo is not None else None


# Each time field's window around now, as the services check it.
_WINDOWS = {
    "occurred_at": (timedelta(days=-365 * 100), timedelta(days=1)),
    "completed_at": (timedelta(days=-365 * 100), timedelta(days=1)),
    "scheduled_at": (timedelta(days=-365 * 100), timedelta(days=365 * 5)),
    "due_at": (timedelta(days=-365 * 100), timedelta(days=365 * 20)),
    # Tokens may expire within ten years, shares within one: inside both.
    "expires_at": (timedelta(minutes=5), timedelta(days=365)),
}


def _honour_times(body: dict[str, Any]) -> None:
    now = datetime.now(UTC)
    for field, (earliest, latest) in _WINDOWS.items():
        when = _time(body.get(field))
        if when is not None and not now + earliest <= when <= now + latest:
            body[field] = (now + max(earliest, min(latest, timedelta(hours=1)))).isoformat()


def _honour_references(path: str, body: dict[str, Any]) -> None:
    if account.client is None:
        return
    # An interview must belong to the contact given with it: leave the optional link out.
    body.pop("interview_id", None)
    if path == f"{API}/referrals":
        referrer, *others = account.contacts(2)
        body["referrer_contact_id"] = referrer
        if "referred_contact_id" in body and others:
            body["referred_contact_id"] = others[0]
    elif "contact_id" in body and body["contact_id"] is not None:
        body["contact_id"] = account.contacts(1)[0]
    for item in body.get("questions") or []:
        if isinstance(item, dict):
            item.pop("id", None)  # ids of items already on this interview's list
            if item.get("bank_question_id") is not None:
                item["bank_question_id"] = account.question()


_EMAIL: TypeAdapter[str] = TypeAdapter(EmailStr)


def _is_email(value: str) -> bool:
    try:
        _EMAIL.validate_python(value)
    except ValidationError:
        return False
    return True


def _honour_emails(path: str, body: dict[str, Any]) -> None:
    # `format: email` allows what e-mail validators refuse (special-use domains such as `.test`,
    # or a shortcut's `contact` with an @ that is no address).
    fields = ("contact",) if path == f"{API}/shortcuts/log" else ("email", "counselor_email")
    for field in fields:
        value = body.get(field)
        if isinstance(value, str) and "@" in value and not _is_email(value):
            body[field] = "sam.rivera@example.org"
    if isinstance(body.get("referred"), dict):
        _honour_emails("", body["referred"])


def _honour_body_rules(path: str, body: Any) -> None:
    if not isinstance(body, dict):
        return
    _honour_emails(path, body)
    zone = body.get("timezone")
    if isinstance(zone, str) and zone not in _ZONES:
        body["timezone"] = "UTC"
    _honour_times(body)
    _honour_references(path, body)
    if isinstance(body.get("checklist"), list):
        # Keys are unique within one request (each names one item).
        unique = {item.get("key"): item for item in body["checklist"] if isinstance(item, dict)}
        body["checklist"] = list(unique.values())
    if path == f"{API}/interviews/{{interview_id}}":
        # Whether the interview is `completed` or has a time yet depends on what is stored.
        if body.get("status") != "completed":
            body.pop("completed_at", None)
        if body.get("status") == "scheduled" and body.get("scheduled_at") is None:
            body["scheduled_at"] = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    if path == f"{API}/me/password":
        body["current_password"] = body["new_password"] = PASSWORD
    if path == f"{API}/auth/token" and EMAIL:
        # The run's own account, so a token is issued and the scopes asked for are exercised.
        # (Not `/auth/login`: its session cookie would ride along on the requests that follow.)
        body["username"], body["password"] = EMAIL, PASSWORD
    scope = body.get("scope")
    if path == f"{API}/shares/{{share_id}}" and isinstance(scope, dict) and not any(scope.values()):
        # Whether hiding these parts leaves nothing shown depends on what the share shows now.
        body["scope"] = {**scope, "pipeline": True}
    if path.startswith(f"{API}/webhooks") and "url" in body:
        body["url"] = PUBLIC_WEBHOOK_URL
    if path == f"{API}/imports/contacts":
        body["file"] = CONTACTS_CSV
    if path == f"{API}/imports/archive":
        body["file"] = EMPTY_ARCHIVE


def _counselor_comment() -> str | None:
    """A new comment by the second student on the share the run's account made for them."""
    if not (OWN_SHARE_ID and COUNSELOR_TOKEN and account.client is not None):
        return None
    answer = account.client.post(
        f"{API}/shared/{OWN_SHARE_ID}/comments",
        json={"body": "A counselor's note to delete."},
        headers={"Authorization": f"Bearer {COUNSELOR_TOKEN}"},
    )
    return str(answer.json()["id"]) if answer.status_code == 201 else None


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: Any) -> None:
    """Positive cases of every phase (the coverage phase ignores custom formats) keep the rules.
    Schemathesis re-checks the case after this hook, so what is sent is still schema-valid."""
    if not _is_positive(case):
        return
    # Edit copies: the generator may build later cases from the same dicts.
    if case.query:
        # Opaque: only a `next_cursor` from the same listing is a cursor.
        case.query = {name: value for name, value in case.query.items() if name != "cursor"}
    if SHARED_ID and case.path_parameters and "shared_id" in case.path_parameters:
        # No response links to a share made *for* you: it is found under `GET /shared`.
        case.path_parameters = {**case.path_parameters, "shared_id": SHARED_ID}
    if case.path_parameters and "comment_id" in case.path_parameters:
        # Comments on your shares are written by counselors: one writes a fresh one to delete.
        comment_id = _counselor_comment()
        if comment_id is not None:
            case.path_parameters = {**case.path_parameters, "comment_id": comment_id}
    if case.headers:
        headers = dict(case.headers)
        for name in headers:
            if name.lower() == "if-match":
                headers[name] = "*"
            elif name.lower() == "idempotency-key":
                headers[name] = str(uuid.uuid4())
        case.headers = headers
    if isinstance(case.body, dict):
        body = copy.deepcopy(case.body)
        _honour_body_rules(case.operation.path, body)
        case.body = body
