"""OWASP API8:2023 Security Misconfiguration.

CORS answers only configured origins (never `*` with credentials, nothing when unconfigured);
every API answer of a generated crawl — successes and errors alike — carries
`Cache-Control: no-store` and `X-Content-Type-Options: nosniff`; the dashboard and the docs get a
strict Content-Security-Policy; no error body ever shows a traceback or an internal message.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from sqlalchemy import text

from rapport.config import Settings
from rapport.main import create_app
from tests.conftest import Account, assert_problem
from tests.security.crawl import API, crawl, fill, operations, populate

ALLOWED = "https://campus.example.edu"
INTERNALS = ("Traceback", 'File "', "sqlalchemy", "psycopg", "sqlite3", "/rapport/", "SELECT ")


@pytest.fixture
def cors_app(settings: Settings) -> Iterator[FastAPI]:
    application = create_app(settings.model_copy(update={"cors_origins": [ALLOWED]}))
    yield application
    application.state.db.dispose()


def _preflight(client: TestClient, origin: str) -> Any:
    return client.options(
        f"{API}/contacts",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
        },
    )


def test_cors_answers_only_the_configured_origins(cors_app: FastAPI, alice: Account) -> None:
    client = TestClient(cors_app)
    allowed = _preflight(client, ALLOWED)
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == ALLOWED
    assert allowed.headers["access-control-allow-credentials"] == "true"
    assert "idempotency-key" in allowed.headers["access-control-allow-headers"].lower()
    actual = client.get(
        f"{API}/contacts", headers={"Origin": ALLOWED, "Authorization": f"Bearer {alice.token}"}
    )
    assert actual.headers["access-control-allow-origin"] == ALLOWED
    assert "etag" in actual.headers["access-control-expose-headers"].lower()

    for origin in (
        "https://evil.example",
        "null",
        ALLOWED + ".evil.example",
        "http://campus.example.edu",
    ):
        refused = _preflight(client, origin)
        assert "access-control-allow-origin" not in refused.headers, origin
        simple = client.get(f"{API}/contacts", headers={"Origin": origin})
        assert "access-control-allow-origin" not in simple.headers, origin


def test_without_configured_origins_no_answer_allows_another_site(
    app: FastAPI, alice: Account
) -> None:
    ids = populate(alice)
    assert_no_cors(_preflight(alice.client, ALLOWED))
    for label, response in crawl(alice, app, ids):
        assert_no_cors(response, label)


def assert_no_cors(response: Any, label: str = "") -> None:
    assert not {h for h in response.headers if h.startswith("access-control-")}, label


def test_cors_is_never_a_wildcard_with_credentials(cors_app: FastAPI) -> None:
    client = TestClient(cors_app)
    for origin in (ALLOWED, "https://evil.example"):
        response = _preflight(client, origin)
        assert response.headers.get("access-control-allow-origin") != "*"


def _every_answer(app: FastAPI, account: Account, client: TestClient) -> Iterator[tuple[str, Any]]:
    """A crawl of every read, every operation anonymously, and every operation with bad input."""
    ids = populate(account)
    yield from crawl(account, app, ids)
    for op in operations(app):
        url = fill(op.path, ids)
        yield f"anonymous {op.label}", client.request(op.method.upper(), url)
        bad: dict[str, Any] = {"params": {"limit": "many", "cursor": "%%%"}}
        if "requestBody" in op.spec:
            bad |= {"content": b'{"broken', "headers": {"content-type": "application/json"}}
        yield f"bad {op.label}", account.client.request(op.method.upper(), url, **bad)
    yield "unknown path", client.get(f"{API}/no-such-thing")
    yield "health", client.get("/healthz")
    yield "ready", client.get("/readyz")


def test_every_api_answer_is_never_cached_and_never_sniffed(
    app: FastAPI, client: TestClient, alice: Account
) -> None:
    seen = 0
    for label, response in _every_answer(app, alice, client):
        assert response.headers.get("cache-control") == "no-store", label
        assert response.headers.get("x-content-type-options") == "nosniff", label
        assert response.headers.get("x-frame-options") == "DENY", label
        seen += 1
    assert seen > 100


def test_no_error_body_shows_internals(app: FastAPI, client: TestClient, alice: Account) -> None:
    errors = 0
    for label, response in _every_answer(app, alice, client):
        if response.status_code < 400:
            continue
        assert response.headers["content-type"].startswith("application/problem+json"), label
        for marker in INTERNALS:
            assert marker not in response.text, (label, marker, response.text[:300])
        errors += 1
    assert errors > 50


@pytest.fixture
def failing_app(settings: Settings) -> Iterator[FastAPI]:
    """The real app plus two routes that fail the way bugs do."""
    application = create_app(settings)

    def crash() -> None:
        raise RuntimeError("secret internals: /srv/rapport/config.py password=hunter2")

    def bad_sql(request: Request) -> None:
        with request.app.state.db.engine.connect() as connection:
            connection.execute(text("SELECT no_such_column FROM no_such_table"))

    application.add_api_route(f"{API}/test-crash", crash)
    application.add_api_route(f"{API}/test-bad-sql", bad_sql)
    yield application
    application.state.db.dispose()


@pytest.mark.parametrize("path", ["test-crash", "test-bad-sql"])
def test_an_unexpected_failure_is_a_bare_500_problem(failing_app: FastAPI, path: str) -> None:
    client = TestClient(failing_app, raise_server_exceptions=False)
    response = client.get(f"{API}/{path}")
    body = assert_problem(response, 500)
    assert body["detail"] == "Something went wrong on our side; it has been logged."
    for marker in (*INTERNALS, "hunter2", "no_such", "RuntimeError"):
        assert marker not in response.text
    assert response.headers["cache-control"] == "no-store"


@pytest.fixture
def dashboard_app(settings: Settings, tmp_path: Path) -> Iterator[FastAPI]:
    (tmp_path / "index.html").write_text("<!doctype html><title>Rapport</title>", encoding="utf-8")
    (tmp_path / "app.js").write_text("console.log('hi')", encoding="utf-8")
    application = create_app(settings.model_copy(update={"frontend_dist": tmp_path}))
    yield application
    application.state.db.dispose()


def _directives(policy: str) -> dict[str, set[str]]:
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = set(values)
    return parsed


def test_the_dashboard_and_docs_have_a_strict_content_security_policy(
    dashboard_app: FastAPI,
) -> None:
    client = TestClient(dashboard_app)
    pages = ["/", "/contacts/some-deep-link", "/docs", "/redoc"]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        assert response.headers["content-type"].startswith("text/html"), page
        policy = _directives(response.headers["content-security-policy"])
        assert policy["default-src"] == {"'self'"}, page
        assert policy["script-src"] == {"'self'"}, page  # no inline scripts, no eval
        assert policy["object-src"] == {"'none'"}, page
        assert policy["frame-ancestors"] == {"'none'"}, page
        assert policy["base-uri"] == {"'self'"}, page
        assert response.headers["x-content-type-options"] == "nosniff"
    script = client.get("/app.js")
    assert script.headers["x-content-type-options"] == "nosniff"


def test_a_405_lists_every_method_of_the_resource(alice: Account) -> None:
    response = alice.client.put(f"{API}/contacts/00000000-0000-4000-8000-000000000000")
    assert_problem(response, 405)
    assert set(response.headers["allow"].split(", ")) == {"GET", "PATCH", "DELETE"}


def test_a_body_that_is_not_utf8_is_invalid_json_not_a_400(alice: Account) -> None:
    response = alice.post(
        f"{API}/contacts",
        content=b'{"full_name": "\xff\xfe\xfa"}',
        headers={"content-type": "application/json"},
    )
    body = assert_problem(response, 422)
    assert body["errors"] == [{"field": "body", "message": "The body is not valid JSON."}]


def test_broken_form_data_is_invalid_input_not_a_400(alice: Account) -> None:
    boundary = "b0undary"
    response = alice.post(
        f"{API}/imports/contacts",
        content=f"--{boundary}\r\n-garbage--{boundary}--\r\n".encode(),
        headers={"content-type": f"multipart/form-data; boundary={boundary}"},
    )
    body = assert_problem(response, 422)
    assert body["errors"] == [{"field": "body", "message": "The body is not valid form data."}]
